package dev.obsc.compiler.lowering.grafana;

import dev.obsc.compiler.fixtures.DashboardFixture;
import dev.obsc.model.Dashboard;
import dev.obsc.model.DashboardLink;
import dev.obsc.model.GrafanaModel;
import dev.obsc.model.LinkVariable;
import dev.obsc.model.Panel;
import dev.obsc.model.Row;
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

    /** A placed panel or row; {@code id} is its panel id. */
    private record Box(String title, int x, int y, int w, int h, Optional<Integer> nestedIn, int id) {
        Box(String title, int x, int y, int w, int h, Optional<Integer> nestedIn) {
            this(title, x, y, w, h, nestedIn, 0);
        }

        Box withoutId() {
            return new Box(title, x, y, w, h, nestedIn);
        }
    }

    private static List<Box> boxes(Dashboard dashboard) {
        return DashboardLayout.place(dashboard).stream().map(p -> new Box(
                p.panel().map(panel -> panel.title()).orElseGet(() -> p.row().get().title().get()),
                p.x(), p.y(), p.w(), p.h(), p.nestedIn(), p.id())).toList();
    }

    private static List<Box> boxes() {
        return boxes(SHOP);
    }

    @Test
    void panelsFlowLeftToRightAndWrapAtColumn24() {
        List<Box> boxes = boxes();
        assertEquals(new Box("Requests per second", 0, 0, 6, 4, Optional.empty()), boxes.get(0).withoutId());
        assertEquals(new Box("Error ratio", 6, 0, 6, 6, Optional.empty()), boxes.get(1).withoutId());
        // The text panel is 24 wide: it wraps below the tallest panel of the line.
        assertEquals(new Box("About", 0, 6, 24, 3, Optional.empty()), boxes.get(2).withoutId());
    }

    @Test
    void titledRowsTakeAHeaderAndCollapsedRowsNestTheirPanels() {
        List<Box> boxes = boxes();
        assertEquals(new Box("Traffic", 0, 9, 24, 1, Optional.empty()), boxes.get(3).withoutId());
        assertEquals(new Box("Errors by job", 0, 10, 12, 8, Optional.empty()), boxes.get(4).withoutId());
        Box latency = boxes.get(7);
        assertEquals(new Box("Latency", 0, 26, 24, 1, Optional.empty()), latency.withoutId());
        assertTrue(boxes.subList(8, 11).stream().allMatch(b -> b.nestedIn().equals(Optional.of(latency.id()))));
    }

    @Test
    void idsFollowKeysSoAddingAPanelRenumbersNoOther() {
        Row first = SHOP.rows().get(0);
        Panel added = new Panel("added", "Added", first.panels().get(0).type(), Optional.empty(), Optional.empty(),
                List.of(), first.panels().get(0).display(), first.panels().get(0).legend(), Optional.empty(), List.of(),
                Optional.empty(), 6, 4, Optional.empty(), first.position());
        List<Panel> panels = new java.util.ArrayList<>(first.panels());
        panels.add(0, added);
        List<Row> rows = new java.util.ArrayList<>(SHOP.rows());
        rows.set(0, new Row(first.title(), first.collapsed(), panels, first.position()));
        Dashboard grown = new Dashboard(SHOP.uid(), SHOP.title(), SHOP.description(), SHOP.tags(), SHOP.folder(),
                SHOP.refresh(), SHOP.timeFrom(), SHOP.timeTo(), SHOP.variables(), rows, SHOP.position(), SHOP.links());
        Map<String, Integer> before = new java.util.TreeMap<>();
        boxes().forEach(b -> before.put(b.title(), b.id()));
        Map<String, Integer> after = new java.util.TreeMap<>();
        boxes(grown).forEach(b -> after.put(b.title(), b.id()));
        after.remove("Added");
        assertEquals(before, after);
        // Pinned: an id must not change between compiler versions either, or bookmarked links break.
        assertEquals(5367, DashboardLayout.panelIds(SHOP).get("errors"));
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
        assertEquals(Optional.of("https://grafana.shop.example/d/shop-overview/shop-overview?viewPanel=5367"),
                links.url(new DashboardLink("shop-overview", Optional.of("errors"), here)));
        assertEquals(Optional.of("https://grafana.shop.example/d/shop-overview/shop-overview"),
                links.url(new DashboardLink("shop-overview", Optional.empty(), here)));
        assertEquals(Optional.empty(), links.url(new DashboardLink("shop-overview", Optional.of("nope"), here)));
        assertEquals(Optional.empty(), links.url(new DashboardLink("other", Optional.empty(), here)));
        // Between dashboards, only the path: it works on whatever host Grafana is served from.
        assertEquals(Optional.of("/d/shop-overview/shop-overview?viewPanel=5367"),
                links.path(new DashboardLink("shop-overview", Optional.of("errors"), here)));
    }

    @Test
    void alertLinksCarryTimeRangeAndVariablesWithLabelsFilledInAsPrometheusWould() {
        DashboardLinks links = new DashboardLinks(GRAFANA);
        DashboardLink link = new DashboardLink("shop-overview", Optional.of("errors"), new SourcePosition("x.java", 1),
                List.of(new LinkVariable("quantile", "0.99", false), new LinkVariable("job", "job", true)),
                Optional.of("now-6h"), Optional.of("now"));
        String url = links.url(link).orElseThrow();
        assertEquals("https://grafana.shop.example/d/shop-overview/shop-overview?viewPanel=5367&from=now-6h&to=now"
                + "&var-job={{ $labels.job | urlquery }}&var-quantile=0.99", url);
        assertEquals("https://grafana.shop.example/d/shop-overview/shop-overview?viewPanel=5367&from=now-6h&to=now"
                + "&var-job=shop+api%2Feu&var-quantile=0.99", DashboardLinks.render(url, Map.of("job", "shop api/eu")));
        // Go's url.QueryEscape, which the templates' urlquery uses: ~ stays, * and non-ASCII bytes are escaped.
        assertEquals("a-b_c.d~e%2A%3D%26%C3%A9", DashboardLinks.queryEscape("a-b_c.d~e*=&é"));
    }
}
