package dev.obsc.compiler.analysis.routing;

import dev.obsc.compiler.analysis.Analysis;
import dev.obsc.compiler.analysis.Analyzer;
import dev.obsc.compiler.diagnostics.Diagnostic;
import dev.obsc.compiler.diagnostics.Diagnostics;
import dev.obsc.dsl.AlertmanagerBuilder;
import dev.obsc.dsl.Expr;
import dev.obsc.dsl.Label;
import dev.obsc.dsl.Monitoring;
import dev.obsc.dsl.ReceiverRef;
import dev.obsc.model.Secret;
import dev.obsc.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.BiConsumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Routing diagnostics over every declared alert: each fires on its broken tree and not on a sound one. */
class RoutingAnalysisTest {
    private static final Label JOB = Label.of("job");
    private static final Label TEAM = Label.of("team");
    private static final Label SEVERITY = Label.of("severity");
    private static final Label ALERTNAME = Label.of("alertname");

    /** Two alerts (a critical one of team shop, a warning of team data) and receivers; {@code tree} routes them. */
    private static Result analyze(BiConsumer<AlertmanagerBuilder, Receivers> tree) {
        Monitoring m = new Monitoring("routing test");
        m.counter("shop_requests_total", "Requests.", JOB);
        var alerts = m.alerts("alerts", "30s");
        alert(alerts.alert("ShopDown"), Severity.CRITICAL, "shop");
        alert(alerts.alert("DataLag"), Severity.WARNING, "data");
        AlertmanagerBuilder am = m.alertmanager();
        Receivers receivers = new Receivers(
                am.receiver("pager", r -> r.pagerDuty(new Secret("/run/secrets/pagerduty"))),
                am.receiver("shop", r -> r.webhook("https://hooks.example/shop")),
                am.receiver("data", r -> r.webhook("https://hooks.example/data")),
                am.receiver("fallback", r -> r.webhook("https://hooks.example/all")));
        tree.accept(am, receivers);
        Diagnostics out = new Diagnostics();
        Analysis analysis = Analyzer.analyze(m.build(), out);
        return new Result(out.sorted().stream().map(Diagnostic::code).toList(), analysis.routing());
    }

    private static void alert(dev.obsc.dsl.AlertBuilder alert, Severity severity, String team) {
        alert.expr(Expr.raw("sum by (job) (rate(shop_requests_total[5m])) < 1")).severity(severity)
                .owner(team, team + "-service").summary("s").description("d").runbook("https://runbooks.example/x");
    }

    record Receivers(ReceiverRef pager, ReceiverRef shop, ReceiverRef data, ReceiverRef fallback) {
    }

    record Result(List<String> codes, RoutingTable table) {
        List<String> receiversOf(String alert) {
            return table.alerts().stream().filter(a -> a.labels().alert().name().equals(alert)).findFirst()
                    .orElseThrow().receivers();
        }
    }

    /** A sound tree: critical pages and continues to the owning team; each team has its route. */
    private static void sound(AlertmanagerBuilder am, Receivers r) {
        am.route(root -> root.receiver(r.fallback())
                .route(c -> c.matching(SEVERITY.eq("critical")).receiver(r.pager()).continueMatching())
                .route(t -> t.matching(TEAM.eq("shop")).receiver(r.shop()))
                .route(t -> t.matching(TEAM.eq("data")).receiver(r.data())));
    }

    @Test
    void aSoundTreeHasNoDiagnosticsAndRoutesEveryAlert() {
        Result result = analyze(RoutingAnalysisTest::sound);
        assertEquals(List.of(), result.codes());
        assertEquals(List.of("pager", "shop"), result.receiversOf("ShopDown"));
        assertEquals(List.of("data"), result.receiversOf("DataLag"));
    }

    @Test
    void aBroadRouteFirstShadowsTheSpecificOnesBelow() {
        Result result = analyze((am, r) -> am.route(root -> root.receiver(r.fallback())
                .route(all -> all.matching(TEAM.matches(".+")).receiver(r.shop()))
                .route(c -> c.matching(SEVERITY.eq("critical")).receiver(r.pager()))
                .route(t -> t.matching(TEAM.eq("data")).receiver(r.data()))));
        assertTrue(result.codes().contains("ROUTE002"), result.codes().toString());
        assertTrue(result.codes().contains("ROUTE004"), "the critical alert no longer pages: " + result.codes());
    }

    @Test
    void aRouteNoAlertMatchesIsUnreachable() {
        Result result = analyze((am, r) -> {
            sound(am, r);
            am.route(root -> root.receiver(r.fallback())
                    .route(c -> c.matching(SEVERITY.eq("critical")).receiver(r.pager()).continueMatching())
                    .route(t -> t.matching(TEAM.eq("shop")).receiver(r.shop()))
                    .route(t -> t.matching(TEAM.eq("data")).receiver(r.data()))
                    .route(t -> t.matching(TEAM.eq("billing")).receiver(r.data())));
        });
        assertEquals(List.of("ROUTE001"), result.codes());
    }

    @Test
    void anAlertOnlyTheRootTakesIsReported() {
        Result result = analyze((am, r) -> am.route(root -> root.receiver(r.fallback())
                .route(c -> c.matching(SEVERITY.eq("critical")).receiver(r.pager()).continueMatching())
                .route(t -> t.matching(TEAM.eq("shop")).receiver(r.shop()))));
        assertEquals(List.of("ROUTE003", "ROUTE005"), result.codes(), "DataLag only reaches the root; data is unused");
    }

    @Test
    void inhibitRulesThatMatchNothingOrCompareMissingLabels() {
        Result result = analyze((am, r) -> {
            sound(am, r);
            am.inhibit(List.of(ALERTNAME.eq("NoSuchAlert")), List.of(ALERTNAME.eq("DataLag")), JOB);
            am.inhibit(List.of(ALERTNAME.eq("ShopDown")), List.of(ALERTNAME.eq("DataLag")), Label.of("cluster"));
        });
        assertEquals(List.of("ROUTE006", "ROUTE008"), result.codes());
    }

    @Test
    void anUnusedTimeIntervalIsReported() {
        Result result = analyze((am, r) -> {
            sound(am, r);
            am.timeInterval("weekends", t -> t.weekdays("saturday", "sunday"));
        });
        assertEquals(List.of("ROUTE009"), result.codes());
    }

    @Test
    void aMatcherOnALabelFromTheExpressionIsAMaybe() {
        Result result = analyze((am, r) -> am.route(root -> root.receiver(r.fallback())
                .route(c -> c.matching(SEVERITY.eq("critical")).receiver(r.pager()).continueMatching())
                .route(t -> t.matching(JOB.eq("shop-api")).receiver(r.shop()))
                .route(t -> t.matching(TEAM.eq("data")).receiver(r.data()))));
        // ShopDown keeps 'job' from its expression: whether it reaches 'shop' depends on the job.
        assertEquals(List.of("pager", "shop"), result.receiversOf("ShopDown"));
        List<Certainty> certainties = result.table().alerts().get(0).deliveries().stream()
                .map(Delivery::certainty).toList();
        assertEquals(List.of(Certainty.YES, Certainty.MAYBE), certainties);
    }
}
