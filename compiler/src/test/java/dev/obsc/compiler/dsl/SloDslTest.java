package dev.obsc.compiler.dsl;

import dev.obsc.dsl.Counter;
import dev.obsc.dsl.DashboardRef;
import dev.obsc.dsl.Events;
import dev.obsc.dsl.Histogram;
import dev.obsc.dsl.Label;
import dev.obsc.dsl.Monitoring;
import dev.obsc.dsl.SloDashboards;
import dev.obsc.dsl.SloRef;
import dev.obsc.model.BurnTier;
import dev.obsc.model.CounterEvents;
import dev.obsc.model.DashboardLink;
import dev.obsc.model.DatasourceType;
import dev.obsc.model.LatencySli;
import dev.obsc.model.LinkVariable;
import dev.obsc.model.QueryEvents;
import dev.obsc.model.RatioSli;
import dev.obsc.model.Severity;
import dev.obsc.model.Slo;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static dev.obsc.dsl.PromQL.rate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SLO builder records exactly what was declared, with the workbook's tiers unless tuned. */
class SloDslTest {
    private static final Label JOB = Label.of("job");
    private static final Label STATUS = Label.of("status");

    @Test
    void ratioSloKeepsObjectivePeriodsSourcesAndLabels() {
        Monitoring m = new Monitoring("slo dsl");
        Counter requests = m.counter("http_requests_total", "Requests.", JOB, STATUS);
        SloRef ref = m.slo("availability")
                .owner("platform", "api")
                .description("99.9% of requests succeed")
                .objective("0.999").periods("30d", "7d")
                .badOverTotal(requests.where(STATUS.eq("error")), requests.all())
                .by(JOB)
                .alertFor("2m")
                .dashboard(DashboardRef.of("slo-overview"))
                .runbook("https://runbooks.example/slo")
                .ref();

        Slo slo = m.build().slos().get(0);
        assertEquals("availability", slo.name());
        assertEquals(new BigDecimal("0.999"), slo.objective());
        assertEquals(new BigDecimal("0.001"), slo.errorBudget());
        assertEquals(List.of("30d", "7d"), slo.periods());
        assertEquals(Optional.of("2m"), slo.alertFor());
        assertEquals("slo-overview", slo.dashboard().orElseThrow().dashboardUid());
        assertTrue(slo.position().file().endsWith("SloDslTest.java"), slo.position().toString());
        RatioSli sli = (RatioSli) slo.sli();
        assertEquals(List.of("job"), sli.by());
        assertEquals("http_requests_total{status=\"error\"}", ((CounterEvents) sli.bad().orElseThrow()).selector());
        assertEquals("http_requests_total", ((CounterEvents) sli.total().orElseThrow()).selector());
        assertTrue(sli.good().isEmpty());
        assertEquals(BurnTier.workbook(), slo.tiers());

        assertEquals("slo:sli_error:ratio_rate1h{slo=\"availability\"}", ref.errorRatio("1h").promql());
        assertEquals("slo:error_budget:remaining{slo=\"availability\", slo_period=\"30d\"}",
                ref.budgetRemaining("30d").promql());
    }

    @Test
    void latencyCacheAndQuerySlisAndTunedTiers() {
        Monitoring m = new Monitoring("slo dsl");
        Histogram latency = m.histogram("http_request_duration_seconds", "Latency.", List.of("0.1", "1"), JOB);
        Counter hits = m.counter("cache_hits_total", "Hits.", JOB);
        Counter misses = m.counter("cache_misses_total", "Misses.", JOB);
        m.slo("latency", s -> s.objective("0.95").latency(latency, "0.1", JOB.eq("api")));
        m.slo("cache", s -> s.objective("0.9").goodAndBad(hits.all(), misses.all())
                .withoutTier(BurnTier.PAGE_1H).tierFactor(BurnTier.PAGE_6H, "5"));
        m.slo("derived", s -> s.objective("0.99")
                .goodOverTotal(Events.perSecond(rate(hits.all().over("5m"))),
                        Events.perSecond(rate(hits.all().over("5m")).plus(rate(misses.all().over("5m"))))));

        List<Slo> slos = m.build().slos();
        LatencySli sli = (LatencySli) slos.get(0).sli();
        assertEquals("http_request_duration_seconds", sli.histogram());
        assertEquals(new BigDecimal("0.1"), sli.threshold());
        assertEquals(List.of(JOB.eq("api")), sli.matchers());
        assertEquals(List.of("30d"), slos.get(0).periods());

        Slo cache = slos.get(1);
        assertEquals(List.of(BurnTier.PAGE_6H, BurnTier.TICKET_1D, BurnTier.TICKET_3D),
                cache.tiers().stream().map(BurnTier::name).toList());
        assertEquals(Optional.of(new BigDecimal("5")), cache.tiers().get(0).factor());
        assertEquals(Severity.CRITICAL, cache.tiers().get(0).severity());

        RatioSli derived = (RatioSli) slos.get(2).sli();
        assertEquals("rate(cache_hits_total[5m])", ((QueryEvents) derived.good().orElseThrow()).perSecond().promql());

        assertThrows(IllegalArgumentException.class,
                () -> new Monitoring("x").slo("s").tierFactor("no_such_tier", "2"));
    }

    @Test
    void anSloWithoutSliOrObjectiveStillBuildsForTheCompilerToReport() {
        Monitoring m = new Monitoring("slo dsl");
        m.slo("incomplete");
        Slo slo = m.build().slos().get(0);
        assertEquals(BigDecimal.ZERO, slo.objective());
        assertTrue(((RatioSli) slo.sli()).sources().isEmpty());
    }

    /** The generated service dashboard shows all its SLOs; the typed handles open it on one. */
    @Test
    void sloDashboardHandlesOpenTheServiceDashboardOnTheirSlo() {
        Monitoring m = new Monitoring("slo dsl");
        var prometheus = m.grafana().datasource("prometheus", "Prometheus", DatasourceType.PROMETHEUS,
                "http://prometheus:9090", true);
        SloDashboards boards = m.grafana().sloDashboards("SLOs", prometheus);
        Counter requests = m.counter("http_requests_total", "Requests.", JOB, STATUS);
        m.slo("availability").owner("platform", "api")
                .objective("0.999")
                .badOverTotal(requests.where(STATUS.eq("error")), requests.all())
                .dashboard(boards.budget("api", "availability"));
        m.slo("errors").owner("platform", "api")
                .objective("0.99")
                .badOverTotal(requests.where(STATUS.eq("error")), requests.all())
                .by(JOB)
                .dashboard(boards.burnRate("api", "errors"), link -> link.variable("job", JOB).time("now-6h", "now"));
        m.slo("overridden").owner("platform", "api")
                .objective("0.99")
                .badOverTotal(requests.where(STATUS.eq("error")), requests.all())
                .dashboard(boards.budget("api", "overridden"), link -> link.variable("slo", "availability"));

        List<DashboardLink> links = m.build().slos().stream().map(slo -> slo.dashboard().orElseThrow()).toList();
        assertEquals(new DashboardLink("slo-api", Optional.of("budget"), links.get(0).position(),
                List.of(new LinkVariable("slo", "availability", false)), Optional.empty(), Optional.empty()), links.get(0));
        assertTrue(links.get(0).position().file().endsWith("SloDslTest.java"), links.get(0).position().toString());
        assertEquals(Optional.of("burn-rate"), links.get(1).panelKey());
        assertEquals(List.of(new LinkVariable("slo", "errors", false), new LinkVariable("job", "job", true)),
                links.get(1).variables());
        assertEquals(Optional.of("now-6h"), links.get(1).timeFrom());
        assertEquals(List.of(new LinkVariable("slo", "availability", false)), links.get(2).variables());
    }
}
