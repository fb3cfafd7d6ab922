package dev.tta.monitoring;

import dev.obsc.dsl.Monitoring;
import dev.obsc.dsl.SloRef;
import dev.obsc.model.BurnTier;

import static dev.tta.monitoring.Catalog.ERROR;
import static dev.tta.monitoring.Catalog.JOB;
import static dev.tta.monitoring.Catalog.STATUS;

/**
 * TTA.dev's service level objectives. The compiler turns each into recording rules (error ratios,
 * burn rates and budget left per window and period), multi-window burn-rate alerts (pages are
 * critical, tickets warnings; all owned by the SRE team, see {@link Routing}), a no-data alert, and
 * promtool tests proving every alert fires just above its threshold and stays silent just below.
 * They replace the seeds' hand-written "breach" alerts on latency and cache hit rate.
 */
public final class Slos {
    /** The cache SLO's name; {@link Routing} mutes its tickets while executions fail. */
    public static final String CACHE_PERFORMANCE = "cache-performance";
    private static final String RUNBOOKS = "https://runbooks.tta.dev/slos/";

    public final SloRef availability;
    public final SloRef latency;
    public final SloRef cachePerformance;
    public final SloRef workflowSuccess;

    public Slos(Monitoring m, Catalog c) {
        availability = m.slo("availability")
                .owner(Teams.SRE, Teams.SERVICE_PRIMITIVES)
                .description("99% of primitive executions succeed")
                .objective("0.99").periods("30d", "7d")
                .badOverTotal(c.primitiveExecutions.where(STATUS.eq(ERROR)), c.primitiveExecutions.all())
                .by(JOB)
                .runbook(RUNBOOKS + "availability")
                .dashboard(PlatformHealthDashboard.ERROR_RATIO, Alerts::onItsJob)
                .ref();

        latency = m.slo("latency")
                .owner(Teams.SRE, Teams.SERVICE_PRIMITIVES)
                .description("95% of primitive executions finish within 100 ms")
                .objective("0.95").periods("30d")
                .latency(c.executionDuration, "0.1")
                .by(JOB)
                .runbook(RUNBOOKS + "latency")
                .dashboard(PlatformHealthDashboard.LATENCY, Alerts::onItsJob)
                .ref();

        // A cold cache costs money, not availability: tickets only. (At 90% the workbook's 14.4x
        // page could never fire anyway: it needs more than 100% misses; the compiler says so.)
        cachePerformance = m.slo(CACHE_PERFORMANCE)
                .owner(Teams.SRE, Teams.SERVICE_PRIMITIVES)
                .description("90% of cache lookups hit")
                .objective("0.9").periods("30d")
                .goodAndBad(c.cacheHits.all(), c.cacheMisses.all())
                .by(JOB)
                .withoutTier(BurnTier.PAGE_1H)
                .withoutTier(BurnTier.PAGE_6H)
                .runbook(RUNBOOKS + CACHE_PERFORMANCE)
                .dashboard(PlatformHealthDashboard.CACHE_HIT_RATIO, Alerts::onItsJob)
                .ref();

        workflowSuccess = m.slo("workflow-success")
                .owner(Teams.SRE, Teams.SERVICE_PRIMITIVES)
                .description("99% of workflow executions succeed")
                .objective("0.99").periods("30d")
                .badOverTotal(c.workflowExecutions.where(STATUS.eq(ERROR)), c.workflowExecutions.all())
                .by(JOB)
                .runbook(RUNBOOKS + "workflow-success")
                .dashboard(ExecutiveDashboard.SLO_TARGETS)
                .ref();
    }
}
