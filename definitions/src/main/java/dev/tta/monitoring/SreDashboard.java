package dev.tta.monitoring;

import dev.obsc.dsl.DashboardRef;
import dev.obsc.dsl.Expr;
import dev.obsc.dsl.GrafanaBuilder;
import dev.obsc.dsl.PanelRef;
import dev.obsc.dsl.Selector;
import dev.obsc.model.PanelType;
import dev.obsc.model.Unit;

import static dev.obsc.dsl.PromQL.count;
import static dev.obsc.dsl.PromQL.increase;
import static dev.obsc.dsl.PromQL.sum;
import static dev.obsc.dsl.PromQL.sumOverTime;
import static dev.obsc.dsl.PromQL.vector;
import static dev.tta.monitoring.Catalog.ALERTSTATE;
import static dev.tta.monitoring.Catalog.JOB;
import static dev.tta.monitoring.Catalog.LE;
import static dev.tta.monitoring.Catalog.SEVERITY;
import static dev.tta.monitoring.Catalog.TEAM;
import static dev.tta.monitoring.Dashboards.RANGE;
import static dev.tta.monitoring.Dashboards.selectedEnvironments;
import static dev.tta.monitoring.Dashboards.selectedJobs;

/**
 * For SRE: the four golden signals, the SLIs with what is left of their error budgets, and the
 * state of the alerts. Budgets come from the recorded rates, so they weigh every minute by its
 * traffic instead of averaging ratios.
 */
public final class SreDashboard {
    public static final DashboardRef REF = DashboardRef.of("tta-sre");
    public static final PanelRef AVAILABILITY_BUDGET = REF.panel("availability-error-budget");
    public static final PanelRef BURN_RATE = REF.panel("availability-burn-rate");

    /** The availability objective: 99% of executions succeed (error budget 1%). */
    static final String AVAILABILITY_BUDGET_RATIO = "0.01";
    /** The latency objective: 95% of executions within 100 ms (error budget 5%). */
    static final String LATENCY_BUDGET_RATIO = "0.05";
    /** The period error budgets are counted over. */
    static final String SLO_PERIOD = "30d";

    private SreDashboard() {
    }

    static void declare(GrafanaBuilder grafana, Datasources ds, Catalog c, RecordingRules r) {
        // Share of the budget left: 1 - (bad / total) / budget, per job, over the SLO period.
        Expr failedShare = sumOverTime(r.errorRate.where(selectedJobs()).over(SLO_PERIOD))
                .dividedBy(sumOverTime(r.executionRate.where(selectedJobs()).over(SLO_PERIOD)).gt("0"));
        Expr availabilityBudgetLeft = Expr.number("1").minus(failedShare.dividedBy(AVAILABILITY_BUDGET_RATIO));
        Selector durations = c.executionDuration.count(selectedJobs());
        Expr slowShare = Expr.number("1").minus(sum(increase(c.executionDuration
                        .bucket(selectedJobs(), LE.eq(RecordingRules.LATENCY_SLI_BUCKET)).over(RANGE))).by(JOB)
                .dividedBy(sum(increase(durations.over(RANGE))).by(JOB).gt("0")));
        Expr latencyBudgetLeft = Expr.number("1").minus(slowShare.dividedBy(LATENCY_BUDGET_RATIO));
        Selector alerts = c.alerts.all();

        grafana.dashboard(REF, "TTA.dev SRE", d -> {
            d.description("Golden signals, SLIs and error budgets, and alert state of TTA.dev.")
                    .tags("tta", "sre", "slo")
                    .folder(Dashboards.FOLDER)
                    .refresh("1m")
                    .time("now-24h", "now");
            Dashboards.suiteLinks(d, REF);
            Dashboards.jobVariable(d, ds, c);
            Dashboards.environmentVariable(d);
            d.row("Golden signals", row -> row
                            .timeseries("Traffic", p -> p
                                    .description("Primitive executions per second, by job.")
                                    .query(r.executionRate.where(selectedJobs()), "{{job}}")
                                    .unit(Unit.REQUESTS_PER_SECOND).min("0"))
                            .timeseries("Errors", p -> p
                                    .description("Share of failed executions, by job. TTAHighErrorRate fires above 5%.")
                                    .query(r.errorRatio.where(selectedJobs()), "{{job}}")
                                    .unit(Unit.PERCENT_UNIT).decimals(2).min("0")
                                    .baseColor("green").threshold("0.01", "yellow").threshold("0.05", "red"))
                            .timeseries("Latency", p -> p
                                    .description("Execution time percentiles by job. The latency SLI counts executions"
                                            + " within 100 ms.")
                                    .query(r.latencyP95ByJob.where(selectedJobs()), "P95 {{job}}")
                                    .query(r.latencyP99ByJob.where(selectedJobs()), "P99 {{job}}")
                                    .unit(Unit.SECONDS).min("0")
                                    .baseColor("green").threshold("0.1", "yellow").threshold("1", "red"))
                            .timeseries("Saturation", p -> p
                                    .description("CPU per instance (100% is one core) and resident memory as a share"
                                            + " of the 1 GiB at which TTAHighMemoryUsage fires.")
                                    .query(r.cpuUsage.where(selectedJobs()), "CPU {{job}} {{instance}}")
                                    .query(c.processResidentMemory.where(selectedJobs()).dividedBy(Alerts.MEMORY_LIMIT_BYTES),
                                            "memory {{job}} {{instance}}")
                                    .unit(Unit.PERCENT_UNIT).min("0")
                                    .baseColor("green").threshold("0.8", "yellow").threshold("1", "red")))
                    .row("SLIs and error budgets", row -> row
                            .gauge("Availability SLI (target 99%)", p -> p
                                    .description("Share of successful executions, last 5 minutes, by job.")
                                    .query(r.availability.where(selectedJobs()), "{{job}}")
                                    .unit(Unit.PERCENT_UNIT).decimals(2).range("0.9", "1")
                                    .baseColor("red").threshold("0.99", "green"))
                            .gauge("Latency SLI (target 95% within 100 ms)", p -> p
                                    .description("Share of executions that took at most 100 ms, last 5 minutes, by job.")
                                    .query(r.latencyGoodRatio.where(selectedJobs()), "{{job}}")
                                    .unit(Unit.PERCENT_UNIT).decimals(2).range("0.8", "1")
                                    .baseColor("red").threshold("0.95", "green"))
                            .panel(AVAILABILITY_BUDGET, PanelType.STAT, "Availability error budget left (30d)", p -> p
                                    .description("1 - (failed / all executions over 30 days) / 1%, from the recorded"
                                            + " 5-minute rates, so busy minutes weigh more. Below 0 the SLO is missed.")
                                    .query(availabilityBudgetLeft, "{{job}}")
                                    .unit(Unit.PERCENT_UNIT).decimals(1)
                                    .baseColor("red").threshold("0", "yellow").threshold("0.25", "green"))
                            .stat("Latency error budget left (selected range)", p -> p
                                    .description("1 - (executions over 100 ms / all executions in the selected time"
                                            + " range) / 5%, from the histogram's counters.")
                                    .query(latencyBudgetLeft, "{{job}}")
                                    .unit(Unit.PERCENT_UNIT).decimals(1)
                                    .baseColor("red").threshold("0", "yellow").threshold("0.25", "green"))
                            .panel(BURN_RATE, PanelType.TIMESERIES, "Availability budget burn rate", p -> p
                                    .description("How fast the availability budget burns: the 5-minute error ratio over"
                                            + " the 1% budget. 1 spends it in exactly 30 days; 6 and 14.4 are the"
                                            + " ticket and page rates of multi-window burn-rate alerting.")
                                    .query(r.errorRatio.where(selectedJobs()).dividedBy(AVAILABILITY_BUDGET_RATIO),
                                            "{{job}}")
                                    .link("Error ratio by primitive type", PlatformHealthDashboard.ERROR_RATIO)
                                    .unit(Unit.NONE).decimals(1).min("0")
                                    .baseColor("green").threshold("1", "yellow").threshold("6", "orange")
                                    .threshold("14.4", "red")
                                    .size(24, 8)))
                    .row("Alert state", row -> row
                            .stat("Firing alerts", p -> p
                                    .query(count(alerts.where(ALERTSTATE.eq("firing"))).or(vector("0")))
                                    .unit(Unit.NONE).decimals(0)
                                    .baseColor("green").threshold("1", "red"))
                            .stat("Pending alerts", p -> p
                                    .description("Alerts whose condition holds but not yet for their pending period.")
                                    .query(count(alerts.where(ALERTSTATE.eq("pending"))).or(vector("0")))
                                    .unit(Unit.NONE).decimals(0)
                                    .baseColor("green").threshold("1", "yellow"))
                            .barGauge("Firing alerts by severity and team", p -> p
                                    .instantQuery(sum(alerts.where(ALERTSTATE.eq("firing"))).by(SEVERITY, TEAM),
                                            "{{severity}} {{team}}")
                                    .unit(Unit.NONE).decimals(0)
                                    .baseColor("green").threshold("1", "red"))
                            .table("SRE alerts in Alertmanager", p -> p
                                    .description("Active (not silenced, not inhibited) alerts owned by SRE.")
                                    .activeAlerts(TEAM.eq(Teams.SRE), selectedEnvironments())));
        });
    }
}
