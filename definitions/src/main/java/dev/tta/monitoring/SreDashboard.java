package dev.tta.monitoring;

import dev.obsc.dsl.DashboardRef;
import dev.obsc.dsl.Expr;
import dev.obsc.dsl.GrafanaBuilder;
import dev.obsc.dsl.PanelRef;
import dev.obsc.dsl.Selector;
import dev.obsc.model.PanelType;
import dev.obsc.model.Unit;

import static dev.obsc.dsl.PromQL.count;
import static dev.obsc.dsl.PromQL.sum;
import static dev.obsc.dsl.PromQL.vector;
import static dev.tta.monitoring.Catalog.ALERTSTATE;
import static dev.tta.monitoring.Catalog.SEVERITY;
import static dev.tta.monitoring.Catalog.TEAM;
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

    private SreDashboard() {
    }

    static void declare(GrafanaBuilder grafana, Datasources ds, Catalog c, RecordingRules r, Slos slos) {
        // SLO panels query the series the compiler records for each SLO through its handle, so
        // renaming an SLO or changing its objective updates every panel.
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
                                    .query(Expr.number("1").minus(slos.availability.errorRatio("5m")
                                            .where(selectedJobs())), "{{job}}")
                                    .unit(Unit.PERCENT_UNIT).decimals(2).range("0.9", "1")
                                    .baseColor("red").threshold("0.99", "green"))
                            .gauge("Latency SLI (target 95% within 100 ms)", p -> p
                                    .description("Share of executions that took at most 100 ms, last 5 minutes, by job.")
                                    .query(Expr.number("1").minus(slos.latency.errorRatio("5m")
                                            .where(selectedJobs())), "{{job}}")
                                    .unit(Unit.PERCENT_UNIT).decimals(2).range("0.8", "1")
                                    .baseColor("red").threshold("0.95", "green"))
                            .panel(AVAILABILITY_BUDGET, PanelType.STAT, "Availability error budget left (30d)", p -> p
                                    .description("1 - (failed / all executions over 30 days) / 1%, from the recorded"
                                            + " 5-minute rates, so busy minutes weigh more. Below 0 the SLO is missed.")
                                    .query(slos.availability.budgetRemaining(Slos.BUDGET_PERIOD).where(selectedJobs()), "{{job}}")
                                    .unit(Unit.PERCENT_UNIT).decimals(1)
                                    .baseColor("red").threshold("0", "yellow").threshold("0.25", "green"))
                            .stat("Latency error budget left (30d)", p -> p
                                    .description("1 - (executions over 100 ms / all executions over 30 days) / 5%,"
                                            + " from the recorded 5-minute rates. Below 0 the SLO is missed.")
                                    .query(slos.latency.budgetRemaining(Slos.BUDGET_PERIOD).where(selectedJobs()), "{{job}}")
                                    .unit(Unit.PERCENT_UNIT).decimals(1)
                                    .baseColor("red").threshold("0", "yellow").threshold("0.25", "green"))
                            .panel(BURN_RATE, PanelType.TIMESERIES, "Availability budget burn rate", p -> p
                                    .description("How fast the availability budget burns: the error ratio over the 1%"
                                            + " budget, over 5 minutes and 1 hour (the windows of the fastest page)."
                                            + " 1 spends it in exactly 30 days; 6 and 14.4 are the ticket and page"
                                            + " rates of multi-window burn-rate alerting.")
                                    .query(slos.availability.burnRate("5m").where(selectedJobs()), "5m {{job}}")
                                    .query(slos.availability.burnRate("1h").where(selectedJobs()), "1h {{job}}")
                                    .link("Error ratio by primitive type", PlatformHealthDashboard.ERROR_RATIO)
                                    .unit(Unit.NONE).decimals(1).min("0")
                                    .baseColor("green").threshold("1", "yellow").threshold("6", "orange")
                                    .threshold("14.4", "red")
                                    .size(18, 8))
                            .barGauge("Error budget left by SLO (30d)", p -> Dashboards.errorBudgetLeftBySlo(p, slos)
                                    .description("Worst job of every SLO: the share of its 30-day error budget left.")
                                    .size(6, 8)))
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
