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
        assertEquals(List.of("slo_availability_base", "slo-shared-base", "slo-shared-windows", "slo-shared-slow",
                        "slo_availability_slow"),
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
        assertEquals(2, rules.stream().filter(r -> r.record().equals("slo:error_budget:remaining")).count());
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
        // Per SLO: 5m error and total rates and the budget; the budget left per period and the info series.
        for (String name : List.of("a", "b", "c")) {
            assertEquals(3L, rulesPerGroup.get("slo_" + name + "_base"));
            assertEquals(2L, rulesPerGroup.get("slo_" + name + "_slow"));
        }
        // Shared: ratio and burn rate at 5m; rates, ratio and burn rate per longer window (30m 1h 2h 6h | 1d 3d 30d).
        assertEquals(2L, rulesPerGroup.get("slo-shared-base"));
        assertEquals(16L, rulesPerGroup.get("slo-shared-windows"));
        assertEquals(12L, rulesPerGroup.get("slo-shared-slow"));
        assertEquals(9, rulesPerGroup.size());
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
        assertEquals("absent(http_requests_total)", noData.expr().promql());
        // Per period and tier: fires, stays silent below, zero traffic; no data: silent, then fires.
        assertEquals(2 * 4 * 3 + 2, model.ruleTests().size());
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
