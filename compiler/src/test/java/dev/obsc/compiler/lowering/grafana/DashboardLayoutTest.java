package dev.obsc.compiler.lowering.grafana;

import dev.obsc.compiler.fixtures.DashboardFixture;
import dev.obsc.model.Dashboard;
import dev.obsc.model.DashboardLink;
import dev.obsc.model.GrafanaModel;
import dev.obsc.model.LinkVariable;
import dev.obsc.model.SourcePosition;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Layout on the 24-column grid and panel ids, on the dashboard fixture. */
class DashboardLayoutTest {
    private static final GrafanaModel GRAFANA = new DashboardFixture().define().grafana();
    private static final Dashboard SHOP = GRAFANA.dashboards().get(0);

    private record Box(String title, int id, int x, int y, int w, int h, Optional<Integer> nestedIn) {
    }

    private static List<Box> boxes() {
        return DashboardLayout.place(SHOP).stream().map(p -> new Box(
                p.panel().map(panel -> panel.title()).orElseGet(() -> p.row().get().title().get()),
                p.id(), p.x(), p.y(), p.w(), p.h(), p.nestedIn())).toList();
    }

    @Test
    void panelsFlowLeftToRightAndWrapAtColumn24() {
        List<Box> boxes = boxes();
        assertEquals(new Box("Requests per second", 1, 0, 0, 6, 4, Optional.empty()), boxes.get(0));
        assertEquals(new Box("Error ratio", 2, 6, 0, 6, 6, Optional.empty()), boxes.get(1));
        // The text panel is 24 wide: it wraps below the tallest panel of the line.
        assertEquals(new Box("About", 3, 0, 6, 24, 3, Optional.empty()), boxes.get(2));
    }

    @Test
    void titledRowsTakeAHeaderAndCollapsedRowsNestTheirPanels() {
        List<Box> boxes = boxes();
        assertEquals(new Box("Traffic", 4, 0, 9, 24, 1, Optional.empty()), boxes.get(3));
        assertEquals(new Box("Errors by job", 5, 0, 10, 12, 8, Optional.empty()), boxes.get(4));
        Box latency = boxes.get(7);
        assertEquals(new Box("Latency", 8, 0, 26, 24, 1, Optional.empty()), latency);
        assertTrue(boxes.subList(8, 11).stream().allMatch(b -> b.nestedIn().equals(Optional.of(8))));
    }

    @Test
    void everyPanelFitsTheGridAndIdsAreUniqueAndStable() {
        List<Box> boxes = boxes();
        assertTrue(boxes.stream().allMatch(b -> b.x() >= 0 && b.x() + b.w() <= DashboardLayout.COLUMNS));
        assertEquals(boxes.size(), boxes.stream().map(Box::id).distinct().count());
        assertEquals(boxes, boxes());
    }

    @Test
    void linksResolveToThePanelId() {
        DashboardLinks links = new DashboardLinks(GRAFANA);
        SourcePosition here = new SourcePosition("x.java", 1);
        assertEquals(Optional.of("https://grafana.shop.example/d/shop-overview/shop-overview?viewPanel=5"),
                links.url(new DashboardLink("shop-overview", Optional.of("errors"), here)));
        assertEquals(Optional.of("https://grafana.shop.example/d/shop-overview/shop-overview"),
                links.url(new DashboardLink("shop-overview", Optional.empty(), here)));
        assertEquals(Optional.empty(), links.url(new DashboardLink("shop-overview", Optional.of("nope"), here)));
        assertEquals(Optional.empty(), links.url(new DashboardLink("other", Optional.empty(), here)));
        // Between dashboards, only the path: it works on whatever host Grafana is served from.
        assertEquals(Optional.of("/d/shop-overview/shop-overview?viewPanel=5"),
                links.path(new DashboardLink("shop-overview", Optional.of("errors"), here)));
    }

    @Test
    void alertLinksCarryTimeRangeAndVariablesWithLabelsFilledInAsPrometheusWould() {
        DashboardLinks links = new DashboardLinks(GRAFANA);
        DashboardLink link = new DashboardLink("shop-overview", Optional.of("errors"), new SourcePosition("x.java", 1),
                List.of(new LinkVariable("quantile", "0.99", false), new LinkVariable("job", "job", true)),
                Optional.of("now-6h"), Optional.of("now"));
        String url = links.url(link).orElseThrow();
        assertEquals("https://grafana.shop.example/d/shop-overview/shop-overview?viewPanel=5&from=now-6h&to=now"
                + "&var-job={{ $labels.job | urlquery }}&var-quantile=0.99", url);
        assertEquals("https://grafana.shop.example/d/shop-overview/shop-overview?viewPanel=5&from=now-6h&to=now"
                + "&var-job=shop+api%2Feu&var-quantile=0.99", DashboardLinks.render(url, Map.of("job", "shop api/eu")));
        // Go's url.QueryEscape, which the templates' urlquery uses: ~ stays, * and non-ASCII bytes are escaped.
        assertEquals("a-b_c.d~e%2A%3D%26%C3%A9", DashboardLinks.queryEscape("a-b_c.d~e*=&é"));
    }
}
