package dev.obsc.compiler.slo;

import dev.obsc.compiler.diagnostics.Diagnostic;
import dev.obsc.compiler.diagnostics.Diagnostics;
import dev.obsc.compiler.promql.PromQL;
import dev.obsc.compiler.promql.References;
import dev.obsc.dsl.Counter;
import dev.obsc.dsl.Histogram;
import dev.obsc.dsl.Label;
import dev.obsc.dsl.Monitoring;
import dev.obsc.dsl.SloBuilder;
import dev.obsc.model.AlertRule;
import dev.obsc.model.BurnTier;
import dev.obsc.model.MonitoringModel;
import dev.obsc.model.RecordingRule;
import dev.obsc.model.Severity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SLO stage: exact factors, what reads raw metrics, the alerts' shape, and every SLO check. */
class SloExpansionTest {
    private static final Label JOB = Label.of("job");
    private static final Label STATUS = Label.of("status");

    /** A valid availability SLO changed by {@code change}, expanded. */
    private static MonitoringModel expand(Consumer<SloBuilder> change, Diagnostics out) {
        Monitoring m = new Monitoring("slo test");
        Counter requests = m.counter("http_requests_total", "Requests.", JOB, STATUS);
        m.histogram("http_request_duration_seconds", "Latency.", List.of("0.1", "0.25", "1"), JOB);
        SloBuilder slo = m.slo("availability").owner("shop", "checkout").objective("0.99")
                .badOverTotal(requests.where(STATUS.eq("500")), requests.all()).by(JOB)
                .runbook("https://runbooks.example/slo");
        change.accept(slo);
        return SloExpansion.expand(m.build(), out);
    }

    private static List<Diagnostic> diagnostics(Consumer<SloBuilder> change) {
        Diagnostics out = new Diagnostics();
        expand(change, out);
        return out.sorted();
    }

    private static void assertOnlyError(String code, String messagePart, Consumer<SloBuilder> change) {
        List<Diagnostic> found = diagnostics(change);
        assertEquals(1, found.size(), found::toString);
        assertEquals(code, found.get(0).code());
        assertTrue(found.get(0).message().contains(messagePart), found.get(0).message());
        assertTrue(found.get(0).position().file().endsWith("SloExpansionTest.java"), found.get(0).position().toString());
    }

    @Test
    void factorsAreExactDecimalsDerivedFromTheBudgetShare() {
        List<BurnTier> tiers = BurnTier.workbook();
        assertEquals(List.of("14.4", "6", "3", "1"), tiers.stream().map(t -> BurnFactors.text(BurnFactors.factor(t, "30d"))).toList());
        assertEquals(List.of("13.44", "5.6", "2.8", "0.9333"),
                tiers.stream().map(t -> BurnFactors.text(BurnFactors.factor(t, "28d"))).toList());
        assertEquals(List.of("3.36", "1.4", "0.7", "0.2333"),
                tiers.stream().map(t -> BurnFactors.text(BurnFactors.factor(t, "7d"))).toList());
        assertEquals("10", BurnFactors.text(BurnFactors.factor(tiers.get(0).withFactor(new BigDecimal("10.0")), "30d")));
    }

    @Test
    void onlyTheBaseRulesReadRawMetricsAndEveryOtherWindowReadsRecordedSeries() {
        Diagnostics out = new Diagnostics();
        MonitoringModel model = expand(s -> s.periods("30d", "7d"), out);
        assertEquals(List.of(), out.sorted());
        List<RecordingRule> rules = model.recordingRules();
        assertEquals(List.of("slo-base-checkout", "slo-shared-base", "slo-shared-windows", "slo-shared-slow"),
                model.recordingGroups().stream().map(g -> g.name()).toList());
        for (RecordingRule rule : rules) {
            List<String> read = References.of(PromQL.parse(rule.expr().promql())).metricNames().stream().sorted().toList();
            boolean raw = read.stream().anyMatch(name -> !name.startsWith("slo:"));
            boolean base = rule.record().endsWith(":rate5m") && !rule.record().contains("ratio");
            assertEquals(base, raw, rule.record() + " reads " + read);
        }
        // One window per tier window and period, each averaged from the 5m rates.
        assertTrue(rules.stream().anyMatch(r -> r.record().equals("slo:sli_error:rate7d")
                && r.expr().promql().equals("avg_over_time(slo:sli_error:rate5m[7d])")));
        assertTrue(rules.stream().anyMatch(r -> r.record().equals("slo:sli_error:ratio_rate1h")
                && r.expr().promql().equals("slo:sli_error:rate1h / (slo:sli_total:rate1h > 0)")));
        assertTrue(rules.stream().anyMatch(r -> r.record().equals("slo:error_budget:burn_rate1h")
                && r.expr().promql().equals("slo:sli_error:ratio_rate1h / on (slo) group_left () slo:error_budget:ratio")));
        // The budget left per period is shared too; a period only some SLOs have keeps only theirs.
        assertEquals(List.of("1 - (slo:sli_error:ratio_rate7d / on (slo) group_left () slo:error_budget:ratio)",
                        "1 - (slo:sli_error:ratio_rate30d / on (slo) group_left () slo:error_budget:ratio)"),
                rules.stream().filter(r -> r.record().equals("slo:error_budget:remaining")).map(r -> r.expr().promql()).toList());
    }

    @Test
    void theSloOwnRulesAreItsBaseRatesBudgetAndBudgetLeftAndEveryWindowIsSharedByAllSlos() {
        Monitoring m = new Monitoring("slo test");
        Counter requests = m.counter("http_requests_total", "Requests.", Label.of("code"));
        for (String name : List.of("a", "b", "c")) {
            m.slo(name).owner("team", "svc").objective("0.99").periods("30d")
                    .badOverTotal(requests.where(Label.of("code").matches("5..")), requests.where())
                    .runbook("https://runbooks.example/" + name);
        }
        Diagnostics out = new Diagnostics();
        MonitoringModel model = SloExpansion.expand(m.build(), out);
        assertEquals(List.of(), out.sorted());
        Map<String, Long> rulesPerGroup = new java.util.TreeMap<>();
        model.recordingGroups().forEach(g -> rulesPerGroup.put(g.name(), (long) g.rules().size()));
        // Per SLO: 5m error and total rates, the budget and the info series, in its service's group.
        assertEquals(3 * 4L, rulesPerGroup.get("slo-base-svc"));
        // Shared: ratio and burn rate at 5m; rates, ratio and burn rate per longer window (30m 1h 2h 6h | 1d 3d 30d);
        // the budget left of the period.
        assertEquals(2L, rulesPerGroup.get("slo-shared-base"));
        assertEquals(16L, rulesPerGroup.get("slo-shared-windows"));
        assertEquals(13L, rulesPerGroup.get("slo-shared-slow"));
        assertEquals(4, rulesPerGroup.size());
        // Their alerts: one rule per tier for all three, plus one no-data alert.
        assertEquals(List.of("SvcSloBurn30dPage1h", "SvcSloBurn30dPage6h", "SvcSloBurn30dTicket1d", "SvcSloBurn30dTicket3d",
                "SvcSloNoData"), model.alerts().stream().map(AlertRule::name).toList());
    }

    @Test
    void oneAlertPerPeriodAndTierPlusNoData() {
        MonitoringModel model = expand(s -> s.periods("30d", "28d").alertFor("2m"), new Diagnostics());
        List<AlertRule> alerts = model.alerts();
        assertEquals(9, alerts.size());
        AlertRule page = alerts.stream().filter(a -> a.name().equals("AvailabilityBudgetBurn28dPage1h")).findFirst().orElseThrow();
        assertEquals("slo:error_budget:burn_rate1h{slo=\"availability\"} > 13.44 and "
                + "slo:error_budget:burn_rate5m{slo=\"availability\"} > 13.44", page.expr().promql());
        assertEquals(Severity.CRITICAL, page.severity());
        assertEquals(Optional.of("2m"), page.forDuration());
        assertEquals("page_1h", page.labels().get("burn_tier"));
        assertEquals("28d", page.labels().get("slo_period"));
        AlertRule noData = alerts.get(alerts.size() - 1);
        assertEquals("AvailabilitySloNoData", noData.name());
        assertEquals("group by (slo, service, team) (slo:metadata:info{slo=\"availability\"}) unless on (slo) slo:sli_total:rate5m",
                noData.expr().promql());
        // Per period and tier: fires, stays silent below, zero traffic; no data: silent, then fires.
        assertEquals(2 * 4 * 3 + 2, model.ruleTests().size());
    }

    @Test
    void sloOfAServiceShareTheirAlertsUnlessTheirSettingsDiffer() {
        Monitoring m = new Monitoring("slo test");
        Counter requests = m.counter("http_requests_total", "Requests.", JOB, STATUS);
        Counter orders = m.counter("orders_total", "Orders.", STATUS);
        for (String name : List.of("browse", "search", "cart")) {
            m.slo(name).owner("shop", "checkout").objective("0.99").description("Requests of " + name + " succeed")
                    .badOverTotal(requests.where(JOB.eq(name), STATUS.eq("500")), requests.where(JOB.eq(name)))
                    .runbook("https://runbooks.example/slo/" + name);
        }
        // Tickets only: its ticket tiers join the others', its page tiers are none.
        m.slo("orders").owner("shop", "checkout").objective("0.99").withoutTier(BurnTier.PAGE_1H).withoutTier(BurnTier.PAGE_6H)
                .badOverTotal(orders.where(STATUS.eq("failed")), orders.all()).runbook("https://runbooks.example/slo/orders");
        // Another team's SLO of the same service, and one paging after 5 minutes: alerts of their own.
        m.slo("payments").owner("payments", "checkout").objective("0.99")
                .badOverTotal(orders.where(STATUS.eq("declined")), orders.all()).runbook("https://runbooks.example/slo/payments");
        m.slo("slow-browse").owner("shop", "checkout").objective("0.99").alertFor("5m")
                .badOverTotal(requests.where(JOB.eq("slow"), STATUS.eq("500")), requests.where(JOB.eq("slow")))
                .runbook("https://runbooks.example/slo/slow-browse");
        Diagnostics out = new Diagnostics();
        MonitoringModel model = SloExpansion.expand(m.build(), out);
        assertEquals(List.of(), out.sorted());
        Map<String, AlertRule> alerts = new java.util.LinkedHashMap<>();
        model.alerts().forEach(a -> alerts.put(a.name(), a));
        assertEquals(List.of("CheckoutSloBurn30dPage1h", "CheckoutSloBurn30dPage6h", "CheckoutSloBurn30dTicket1d",
                "CheckoutSloBurn30dTicket3d", "PaymentsBudgetBurn30dPage1h", "PaymentsBudgetBurn30dPage6h",
                "PaymentsBudgetBurn30dTicket1d", "PaymentsBudgetBurn30dTicket3d", "SlowBrowseBudgetBurn30dPage1h",
                "SlowBrowseBudgetBurn30dPage6h", "SlowBrowseBudgetBurn30dTicket1d", "SlowBrowseBudgetBurn30dTicket3d",
                "CheckoutSloNoData", "PaymentsSloNoData"), List.copyOf(alerts.keySet()));
        // Pages: the three SLOs with page tiers, picked by name since the service has others.
        assertEquals("slo:error_budget:burn_rate1h{service=\"checkout\", slo=~\"browse|search|cart\"} > 14.4"
                        + " and slo:error_budget:burn_rate5m{service=\"checkout\", slo=~\"browse|search|cart\"} > 14.4",
                alerts.get("CheckoutSloBurn30dPage1h").expr().promql());
        assertEquals("slo:error_budget:burn_rate1d{service=\"checkout\", slo=~\"browse|search|cart|orders\"} > 3"
                        + " and slo:error_budget:burn_rate2h{service=\"checkout\", slo=~\"browse|search|cart|orders\"} > 3",
                alerts.get("CheckoutSloBurn30dTicket1d").expr().promql());
        // The no-data alert serves every SLO of the team (its pending period is its own), not the other team's.
        assertEquals("group by (slo, service, team) (slo:metadata:info{service=\"checkout\","
                        + " slo=~\"browse|search|cart|orders|slow-browse\"}) unless on (slo) slo:sli_total:rate5m",
                alerts.get("CheckoutSloNoData").expr().promql());
        assertEquals("slo:error_budget:burn_rate1h{slo=\"payments\"} > 14.4 and slo:error_budget:burn_rate5m{slo=\"payments\"} > 14.4",
                alerts.get("PaymentsBudgetBurn30dPage1h").expr().promql());
        // Shared alerts name the SLO that fired and read its description and runbook when they render.
        AlertRule shared = alerts.get("CheckoutSloBurn30dPage1h");
        assertEquals("checkout: SLO {{ $labels.slo }} burns its 30d error budget faster than 14.4x", shared.summary());
        assertEquals("https://runbooks.example/slo/{{ $labels.slo }}", shared.runbookUrl());
        assertTrue(shared.description().startsWith("{{ with printf `slo:metadata:info{slo=\"%s\"}` $labels.slo | query }}"),
                shared.description());
        assertEquals("shop", shared.team());
        assertTrue(!shared.labels().containsKey("slo"), "the slo label comes from the burning series");
        // A rule for one SLO reads as it renders.
        AlertRule own = alerts.get("PaymentsBudgetBurn30dPage1h");
        assertEquals("checkout: SLO payments burns its 30d error budget faster than 14.4x", own.summary());
        assertEquals("https://runbooks.example/slo/payments", own.runbookUrl());
        assertTrue(own.description().startsWith("Objective 0.99. SLO payments burns its 30d error budget {{ $value"), own.description());
        // Each SLO's generated tests name the alert that serves it.
        assertTrue(model.ruleTests().stream().filter(t -> t.slo().equals(Optional.of("orders")))
                .flatMap(t -> t.alerts().stream()).allMatch(e -> e.alertName().startsWith("CheckoutSlo")));
    }

    /**
     * A test of one SLO loads its whole service's rules: an SLO sharing its alerts that would read
     * its synthetic series would fire too, so that SLO gets no generated tests; the other keeps them.
     */
    @Test
    void anSloWhoseSharedAlertAnotherSloWouldFireOnGetsNoGeneratedTests() {
        Monitoring m = new Monitoring("slo test");
        Counter requests = m.counter("http_requests_total", "Requests.", JOB, STATUS);
        // "all" reads every request, so the synthetic requests of "api" feed it too; "api" reads job="api" only.
        m.slo("all").owner("shop", "checkout").objective("0.99")
                .badOverTotal(requests.where(STATUS.eq("500")), requests.all()).runbook("https://runbooks.example/slo/all");
        m.slo("api").owner("shop", "checkout").objective("0.99")
                .badOverTotal(requests.where(JOB.eq("api"), STATUS.eq("500")), requests.where(JOB.eq("api")))
                .runbook("https://runbooks.example/slo/api");
        Diagnostics out = new Diagnostics();
        MonitoringModel model = SloExpansion.expand(m.build(), out);
        assertEquals(List.of(), out.sorted());
        assertTrue(model.alerts().stream().anyMatch(a -> a.name().equals("CheckoutSloBurn30dPage1h")), "the two share alerts");
        Map<String, Long> testsPerSlo = new java.util.TreeMap<>();
        model.ruleTests().forEach(t -> testsPerSlo.merge(t.slo().orElseThrow(), 1L, Long::sum));
        // Per period and tier: fires, stays silent below, zero traffic; no data: silent, then fires.
        assertEquals(Map.of("all", 4 * 3 + 2L), testsPerSlo);
    }

    @Test
    void everySloMistakeIsReportedAtTheSlo() {
        assertOnlyError("SLO001", "strictly between 0 and 1", s -> s.objective("1"));
        assertOnlyError("SLO002", "'30 days'", s -> s.periods("30d", "30 days"));
        assertOnlyError("SLO002", "twice", s -> s.periods("30d", "720h"));
        assertOnlyError("SLO006", "not shorter than period 2d", s -> s.periods("2d").withoutTier(BurnTier.TICKET_1D));
        assertOnlyError("SLO007", "can never fire", s -> s.objective("0.9"));
        assertOnlyError("SLO010", "no owner", s -> s.owner("", ""));
        assertOnlyError("SLO011", "runbook", s -> s.runbook(""));
        assertOnlyError("SLO012", "5 minutes", s -> s.alertFor("5 minutes"));
        assertOnlyError("SLO014", "aggregated by 'jobb'", s -> s.by(Label.of("jobb")));
        assertOnlyError("SLO013", "unique name", s -> s.tier(new BurnTier("page 1h", Severity.CRITICAL, "1h", "5m",
                new BigDecimal("0.02"), Optional.empty())));
        assertOnlyError("SLO006", "short window 2h not shorter", s -> s.tier(new BurnTier(BurnTier.PAGE_1H,
                Severity.CRITICAL, "1h", "2h", new BigDecimal("0.02"), Optional.empty())));
    }

    @Test
    void aLatencyThresholdMustBeABucketBoundary() {
        Monitoring m = new Monitoring("slo test");
        Histogram latency = m.histogram("http_request_duration_seconds", "Latency.", List.of("0.1", "0.25", "1"), JOB);
        m.slo("latency", s -> s.owner("shop", "checkout").objective("0.95").latency(latency, "0.2")
                .runbook("https://runbooks.example/slo"));
        Diagnostics out = new Diagnostics();
        MonitoringModel expanded = SloExpansion.expand(m.build(), out);
        assertEquals(List.of("SLO003"), out.sorted().stream().map(Diagnostic::code).toList());
        assertTrue(out.sorted().get(0).message().contains("the nearest boundaries are 0.1 or 0.25"), out.sorted().toString());
        assertTrue(expanded.recordingGroups().isEmpty(), "an SLO with errors is not expanded");
    }

    @Test
    void duplicateNamesAndMissingSlisAreReported() {
        Monitoring m = new Monitoring("slo test");
        Counter requests = m.counter("http_requests_total", "Requests.", JOB);
        m.slo("a", s -> s.owner("t", "s").objective("0.99").runbook("https://r.example")
                .goodOverTotal(requests.all(), requests.all()));
        m.slo("a", s -> s.owner("t", "s").objective("0.99").runbook("https://r.example"));
        Diagnostics out = new Diagnostics();
        SloExpansion.expand(m.build(), out);
        assertEquals(List.of("SLO005", "SLO009"), out.sorted().stream().map(Diagnostic::code).sorted().toList());
    }
}
