package dev.obsc.compiler.slo;

import dev.obsc.compiler.CompileResult;
import dev.obsc.compiler.Compiler;
import dev.obsc.compiler.emit.OutputFile;
import dev.obsc.compiler.fixtures.SloDashboardFixture;
import dev.obsc.dsl.Counter;
import dev.obsc.dsl.Label;
import dev.obsc.dsl.Monitoring;
import dev.obsc.dsl.SloDashboards;
import dev.obsc.model.DatasourceType;
import dev.obsc.model.Secret;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.obsc.compiler.promql.PromQL;
import dev.obsc.compiler.promql.References;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dashboards generated from SLOs, approved by a reviewer. */
class SloDashboardsTest {
    @Test
    void overviewAndOneDashboardPerService() {
        CompileResult result = Compiler.compile(new SloDashboardFixture().define());
        assertFalse(result.hasErrors(), result.diagnostics().toString());
        assertTrue(result.diagnostics().isEmpty(), result.diagnostics().toString());
        Approvals.verify(result.files().stream().filter(f -> f.path().startsWith("grafana/"))
                .map(f -> "=== " + f.path() + " ===\n" + f.content()).collect(Collectors.joining("\n")));
    }

    /** Dashboards over long periods stay cheap only if they read what the SLOs record, never raw metrics. */
    @Test
    void everyPanelReadsOnlyRecordedSloSeriesOrAlerts() throws Exception {
        CompileResult result = Compiler.compile(new SloDashboardFixture().define());
        List<String> metrics = new ArrayList<>();
        for (OutputFile file : result.files()) {
            if (file.path().startsWith("grafana/dashboards/")) {
                for (JsonNode expr : new ObjectMapper().readTree(file.content()).findValues("expr")) {
                    metrics.addAll(References.of(PromQL.parse(expr.asText())).metricNames());
                }
            }
        }
        assertTrue(metrics.size() > 20, metrics.toString());
        assertEquals(List.of(), metrics.stream().filter(m -> !m.startsWith("slo:") && !m.equals("ALERTS")).toList());
    }

    /** Every link opens its service's dashboard on its own SLO, whether the SLO names a panel or not. */
    @Test
    void sloAlertsLinkToTheGeneratedPanelsOpenedOnTheirSlo() {
        String alerts = Compiler.compile(new SloDashboardFixture().define()).files().stream()
                .filter(f -> f.path().startsWith("prometheus/")).map(OutputFile::content).collect(Collectors.joining());
        String grafana = "https://grafana.shop.example/d/";
        assertTrue(alerts.contains(grafana + "slo-checkout/slos-of-checkout?viewPanel=4958&var-slo=availability\n"), alerts);
        assertTrue(alerts.contains(grafana + "slo-checkout/slos-of-checkout?var-slo=latency\n"), alerts);
        assertTrue(alerts.contains(grafana + "slo-search/slos-of-search?viewPanel=3799&var-slo=search-success\n"), alerts);
        assertFalse(alerts.contains("slos-of-checkout\n"), "a link to the service dashboard without var-slo");
    }

    /** A service's SLO dashboard has fixed panels: one SLO or fifty, with the same windows, give the same JSON size. */
    @Test
    void serviceDashboardDoesNotGrowWithItsSlos() {
        String one = serviceDashboard(1);
        String fifty = serviceDashboard(50);
        assertEquals(one.length(), fifty.length());
        assertEquals(one, fifty);
    }

    private static String serviceDashboard(int slos) {
        Monitoring m = new Monitoring("slo dashboard size");
        Label job = Label.of("job");
        Label status = Label.of("status");
        Counter requests = m.counter("cart_requests_total", "Requests of the cart.", job, status);
        var prometheus = m.grafana().datasource("prometheus", "Prometheus", DatasourceType.PROMETHEUS,
                "http://prometheus:9090", true);
        SloDashboards boards = m.grafana().sloDashboards("SLOs", prometheus);
        for (int i = 0; i < slos; i++) {
            m.slo("operation-" + i).owner("shop", "cart")
                    .description("Requests of operation " + i + " succeed")
                    .objective(i % 2 == 0 ? "0.99" : "0.999")
                    .badOverTotal(requests.where(job.eq("op" + i), status.eq("500")), requests.where(job.eq("op" + i)))
                    .by(job)
                    .runbook("https://runbooks.shop.example/slo/" + i)
                    .dashboard(boards.budget("cart", "operation-" + i));
        }
        var pager = m.alertmanager().receiver("pager", r -> r.pagerDuty(new Secret("/run/secrets/pagerduty")));
        m.alertmanager().route(root -> root.receiver(pager).groupBy("alertname", "slo"));
        CompileResult result = Compiler.compile(m.build());
        assertTrue(result.diagnostics().isEmpty(), result.diagnostics().toString());
        return result.files().stream().filter(f -> f.path().endsWith("/slo-cart.json")).map(OutputFile::content)
                .findFirst().orElseThrow();
    }
}
