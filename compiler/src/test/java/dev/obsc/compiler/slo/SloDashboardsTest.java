package dev.obsc.compiler.slo;

import dev.obsc.compiler.CompileResult;
import dev.obsc.compiler.Compiler;
import dev.obsc.compiler.emit.OutputFile;
import dev.obsc.compiler.fixtures.SloDashboardFixture;
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

    @Test
    void sloAlertsLinkToTheGeneratedPanels() {
        String alerts = Compiler.compile(new SloDashboardFixture().define()).files().stream()
                .filter(f -> f.path().startsWith("prometheus/")).map(OutputFile::content).collect(Collectors.joining());
        assertTrue(alerts.contains("https://grafana.shop.example/d/slo-checkout/slos-of-checkout?viewPanel=3"), alerts);
        assertTrue(alerts.contains("https://grafana.shop.example/d/slo-search/slos-of-search?viewPanel=4"), alerts);
    }
}
