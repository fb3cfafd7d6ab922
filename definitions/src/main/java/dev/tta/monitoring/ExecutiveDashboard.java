package dev.tta.monitoring;

import dev.obsc.dsl.DashboardRef;
import dev.obsc.dsl.Expr;
import dev.obsc.dsl.GrafanaBuilder;
import dev.obsc.dsl.PanelRef;
import dev.obsc.dsl.SloRef;
import dev.obsc.model.LegendMode;
import dev.obsc.model.PanelType;
import dev.obsc.model.Unit;

import static dev.obsc.dsl.PromQL.avg;
import static dev.obsc.dsl.PromQL.count;
import static dev.obsc.dsl.PromQL.max;
import static dev.obsc.dsl.PromQL.sum;
import static dev.obsc.dsl.PromQL.vector;
import static dev.tta.monitoring.Catalog.JOB;
import static dev.tta.monitoring.Catalog.MODEL;

/**
 * For business leaders and product managers: is TTA.dev healthy, how much is it used, what does
 * caching save, are the SLOs met, how is traffic growing. Figures are across all TTA.dev jobs.
 */
public final class ExecutiveDashboard {
    public static final DashboardRef REF = DashboardRef.of("tta-executive");
    public static final PanelRef SUCCESS_RATE = REF.panel("success-rate");
    public static final PanelRef CACHE_SAVINGS = REF.panel("estimated-cache-savings-24h");
    public static final PanelRef SLO_TARGETS = REF.panel("slo-targets");
    public static final PanelRef TRAFFIC_GROWTH = REF.panel("traffic-growth");

    private ExecutiveDashboard() {
    }

    /** The SLI of the worst job: 1 - the highest 5-minute error ratio the compiler records for {@code slo}. */
    private static Expr worstJob(SloRef slo) {
        return Expr.number("1").minus(max(slo.errorRatio("5m")));
    }

    static void declare(GrafanaBuilder grafana, Catalog c, RecordingRules r, Slos slos) {
        var ttaUp = c.up.where(JOB.matches(Jobs.TTA_APPLICATIONS));
        Expr executionRate = sum(r.executionRate.all());
        Expr successRatio = Expr.number("1").minus(sum(r.errorRate.all()).dividedBy(executionRate));
        Expr cacheHitRatio = sum(r.cacheHitRate.all()).dividedBy(sum(r.cacheOperationRate.all()));

        grafana.dashboard(REF, "TTA.dev Executive Overview", d -> Dashboards.suiteLinks(d, REF)
                .description("Service health, usage, cost efficiency, SLO compliance and growth of TTA.dev.")
                .tags("tta", "executive", "business")
                .folder(Dashboards.FOLDER)
                .refresh("5m")
                .time("now-7d", "now")
                .row("Service health", row -> row
                        .panel(SUCCESS_RATE, PanelType.STAT, "Success rate", p -> p
                                .description("Share of primitive executions that succeeded, last 5 minutes.")
                                .query(successRatio)
                                .unit(Unit.PERCENT_UNIT).decimals(2).range("0", "1")
                                .baseColor("red").threshold("0.95", "yellow").threshold("0.99", "green"))
                        .stat("Availability", p -> p
                                .description("Share of TTA.dev targets Prometheus can scrape.")
                                .query(avg(ttaUp))
                                .unit(Unit.PERCENT_UNIT).decimals(1).range("0", "1")
                                .baseColor("red").threshold("0.99", "green"))
                        .stat("Cache efficiency", p -> p
                                .description("Share of cache lookups answered from the cache, last 5 minutes.")
                                .query(cacheHitRatio)
                                .unit(Unit.PERCENT_UNIT).decimals(1).range("0", "1")
                                .baseColor("red").threshold("0.6", "yellow").threshold("0.8", "green"))
                        .stat("P95 latency", p -> p
                                .description("95th percentile execution time of the slowest TTA.dev job.")
                                .query(max(r.latencyP95ByJob.all()))
                                .unit(Unit.SECONDS).decimals(3)
                                .baseColor("green").threshold("0.5", "yellow").threshold("1", "red")))
                .row("Business metrics", row -> row
                        .stat("Executions (24h)", p -> p
                                .query(sum(r.executions24h.all()))
                                .unit(Unit.SHORT).decimals(0).baseColor("blue"))
                        .stat("Workflow executions (24h)", p -> p
                                .query(sum(r.workflowExecutions24h.all()))
                                .unit(Unit.SHORT).decimals(0).baseColor("blue"))
                        .stat("Requests per minute", p -> p
                                .description("Primitive executions per minute, last 5 minutes.")
                                .query(executionRate.times("60"))
                                .unit(Unit.SHORT).decimals(1).baseColor("blue"))
                        .stat("Active services", p -> p
                                .description("TTA.dev targets that are up.")
                                .query(count(ttaUp.eq("1")).or(vector("0")))
                                .unit(Unit.NONE).decimals(0)
                                .baseColor("red").threshold("1", "green")))
                .row("Cost efficiency", row -> row
                        .panel(CACHE_SAVINGS, PanelType.STAT, "Estimated cache savings (24h)", p -> p
                                .description("Cache hits in the last 24 hours times "
                                        + RecordingRules.SAVING_PER_CACHE_HIT_USD + " USD, the estimated cost of"
                                        + " the LLM call each hit avoided.")
                                .query(sum(r.estimatedCacheSavings24h.all()))
                                .unit(Unit.CURRENCY_USD).decimals(2).baseColor("green"))
                        .stat("LLM cost (24h)", p -> p
                                .query(sum(r.llmCost24h.all()))
                                .unit(Unit.CURRENCY_USD).decimals(2).baseColor("blue"))
                        .pieChart("LLM cost by model (24h)", p -> p
                                .instantQuery(sum(r.llmCostByModel24h.all()).by(MODEL), "{{model}}")
                                .unit(Unit.CURRENCY_USD).decimals(2)
                                .legend(LegendMode.TABLE)
                                .size(12, 8))
                        .timeseries("Cache savings and LLM cost (rolling 24h)", p -> p
                                .query(sum(r.estimatedCacheSavings24h.all()), "Estimated savings")
                                .query(sum(r.llmCost24h.all()), "LLM cost")
                                .unit(Unit.CURRENCY_USD).decimals(2).min("0")))
                .row("SLO compliance", row -> row
                        .gauge("Availability SLI (target 99%)", p -> p
                                .description("Worst TTA.dev job: share of successful executions, last 5 minutes.")
                                .query(worstJob(slos.availability))
                                .unit(Unit.PERCENT_UNIT).decimals(2).range("0.9", "1")
                                .baseColor("red").threshold("0.99", "green"))
                        .gauge("Latency SLI (target 95% under 100 ms)", p -> p
                                .description("Worst TTA.dev job: share of executions that took at most 100 ms.")
                                .query(worstJob(slos.latency))
                                .unit(Unit.PERCENT_UNIT).decimals(2).range("0.8", "1")
                                .baseColor("red").threshold("0.95", "green"))
                        .gauge("Cache SLI (target 90%)", p -> p
                                .description("Worst TTA.dev job: cache hit ratio, last 5 minutes.")
                                .query(worstJob(slos.cachePerformance))
                                .unit(Unit.PERCENT_UNIT).decimals(1).range("0", "1")
                                .baseColor("red").threshold("0.8", "yellow").threshold("0.9", "green"))
                        .panel(SLO_TARGETS, PanelType.TEXT, "SLO targets", p -> p.size(6, 6).content("""
                                | SLI | Target |
                                |---|---|
                                | Availability | 99% of executions succeed |
                                | Latency | 95% of executions within 100 ms |
                                | Cache | 90% of lookups hit |
                                | Workflows | 99% of workflow executions succeed |

                                Measured over 5-minute windows, worst job shown.
                                """))
                        .gauge("Workflow success SLI (target 99%)", p -> p
                                .description("Worst TTA.dev job: share of successful workflow executions, last 5 minutes.")
                                .query(worstJob(slos.workflowSuccess))
                                .unit(Unit.PERCENT_UNIT).decimals(2).range("0.9", "1")
                                .baseColor("red").threshold("0.99", "green"))
                        .barGauge("Error budget left (30d)", p -> Dashboards.errorBudgetLeftBySlo(p, slos)
                                .description("Worst TTA.dev job of every SLO: the share of its 30-day error budget"
                                        + " left. Below 0 the SLO is missed.")
                                .size(18, 6)))
                .row("Growth and capacity", row -> row
                        .panel(TRAFFIC_GROWTH, PanelType.TIMESERIES, "Traffic vs same hour yesterday", p -> p
                                .description("Executions in the last hour over the same hour a day earlier:"
                                        + " 150% is 50% growth, 80% a 20% decline.")
                                .query(r.executionGrowth.all(), "{{job}}")
                                .unit(Unit.PERCENT_UNIT).decimals(0)
                                .baseColor("red").threshold("0.8", "green").threshold("1.5", "blue"))
                        .timeseries("Executions per hour", p -> p
                                .query(r.executionRate1h.all().times("3600"), "{{job}}")
                                .unit(Unit.SHORT).decimals(0).min("0"))));
    }
}
