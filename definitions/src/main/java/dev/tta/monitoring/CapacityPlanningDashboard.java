package dev.tta.monitoring;

import dev.obsc.dsl.DashboardRef;
import dev.obsc.dsl.Expr;
import dev.obsc.dsl.GrafanaBuilder;
import dev.obsc.dsl.PanelRef;
import dev.obsc.model.LegendMode;
import dev.obsc.model.PanelType;
import dev.obsc.model.Unit;

import static dev.obsc.dsl.PromQL.avgOverTime;
import static dev.obsc.dsl.PromQL.maxOverTime;
import static dev.obsc.dsl.PromQL.predictLinear;
import static dev.tta.monitoring.Dashboards.selectedEnvironments;
import static dev.tta.monitoring.Dashboards.selectedJobs;

/**
 * For capacity planning: how traffic grows, what it costs in CPU, memory and connections, and
 * how much headroom is left before the limits the alerts watch. Trends come from the hourly
 * and daily recorded rates, so week-long panels stay cheap.
 */
public final class CapacityPlanningDashboard {
    public static final DashboardRef REF = DashboardRef.of("tta-capacity-planning");
    public static final PanelRef GROWTH = REF.panel("growth");
    public static final PanelRef MEMORY_HEADROOM = REF.panel("memory-headroom");

    /** How far ahead the linear forecasts look: 30 days, in seconds. */
    private static final long FORECAST_SECONDS = 30L * 24 * 3600;
    /** How far ahead the memory forecast looks: one day, in seconds. */
    private static final long MEMORY_FORECAST_SECONDS = 24L * 3600;

    private CapacityPlanningDashboard() {
    }

    static void declare(GrafanaBuilder grafana, Datasources ds, Catalog c, RecordingRules r, Receivers receivers) {
        var hourlyRate = r.executionRate1h.where(selectedJobs());
        Expr dailyAverage = avgOverTime(hourlyRate.over("1d"));
        Expr weekOverWeek = dailyAverage.dividedBy(avgOverTime(hourlyRate.over("1d").offset("7d")).gt("0"));
        var memory = c.processResidentMemory.where(selectedJobs());

        grafana.dashboard(REF, "TTA.dev Capacity Planning", d -> {
            d.description("Throughput trends and growth, resource use, and headroom of TTA.dev.")
                    .tags("tta", "capacity", "sre")
                    .folder(Dashboards.FOLDER)
                    .refresh("5m")
                    .time("now-7d", "now");
            Dashboards.suiteLinks(d, REF);
            Dashboards.jobVariable(d, ds, c);
            Dashboards.environmentVariable(d);
            d.row("Throughput trends", row -> row
                            .timeseries("Executions per hour", p -> p
                                    .description("Primitive executions per hour, from the 1-hour recorded rate.")
                                    .query(hourlyRate.times("3600"), "{{job}}")
                                    .unit(Unit.SHORT).decimals(0).min("0"))
                            .timeseries("Execution rate: now, 7-day peak and 30-day forecast", p -> p
                                    .description("The hourly rate, its highest value over 7 days, and where a straight"
                                            + " line through the last 7 days puts it in 30 days.")
                                    .query(hourlyRate, "now {{job}}")
                                    .query(maxOverTime(hourlyRate.over("7d")), "7-day peak {{job}}")
                                    .query(predictLinear(hourlyRate.over("7d"), FORECAST_SECONDS), "in 30 days {{job}}")
                                    .unit(Unit.REQUESTS_PER_SECOND).min("0")
                                    .legend(LegendMode.TABLE))
                            .panel(GROWTH, PanelType.TIMESERIES, "Growth", p -> p
                                    .description("This hour over the same hour yesterday, and the last day's average"
                                            + " over the same day a week earlier: 150% is 50% growth."
                                            + " TTAHighGrowthRate fires above 150%, TTANegativeGrowthRate below 80%.")
                                    .query(r.executionGrowth.where(selectedJobs()), "day over day {{job}}")
                                    .query(weekOverWeek, "week over week {{job}}")
                                    .unit(Unit.PERCENT_UNIT).decimals(0)
                                    .baseColor("red").threshold("0.8", "green").threshold("1.5", "blue"))
                            .timeseries("Workflow executions per hour by workflow", p -> p
                                    .query(r.workflowRateByName.where(selectedJobs()).times("3600"),
                                            "{{job}} {{workflow_name}}")
                                    .unit(Unit.SHORT).decimals(0).min("0")
                                    .legend(LegendMode.TABLE)))
                    .row("Resources", row -> row
                            .timeseries("CPU by instance", p -> p
                                    .description("CPU time used per second: 100% is one full core.")
                                    .query(r.cpuUsage.where(selectedJobs()), "{{job}} {{instance}}")
                                    .unit(Unit.PERCENT_UNIT).min("0"))
                            .timeseries("Memory by job", p -> p
                                    .description("Resident memory of all instances of each job.")
                                    .query(r.memoryUsage.where(selectedJobs()), "{{job}}")
                                    .unit(Unit.BYTES).min("0"))
                            .timeseries("Open connections and files by instance", p -> p
                                    .description("Open file descriptors: network connections and files. The process"
                                            + " cannot open more than its limit.")
                                    .query(c.processOpenFds.where(selectedJobs()), "open {{job}} {{instance}}")
                                    .query(c.processMaxFds.where(selectedJobs()), "limit {{job}} {{instance}}")
                                    .unit(Unit.SHORT).decimals(0).min("0"))
                            .timeseries("Memory in 24 hours (linear forecast)", p -> p
                                    .description("Where a straight line through the last 6 hours puts each instance's"
                                            + " memory in a day; TTAHighMemoryUsage fires above 1 GiB.")
                                    .query(predictLinear(memory.over("6h"), MEMORY_FORECAST_SECONDS),
                                            "{{job}} {{instance}}")
                                    .unit(Unit.BYTES).min("0")
                                    .baseColor("green").threshold(Alerts.MEMORY_LIMIT_BYTES, "red")))
                    .row("Headroom", row -> row
                            .panel(MEMORY_HEADROOM, PanelType.BARGAUGE, "Memory headroom before 1 GiB", p -> p
                                    .description("Share of the 1 GiB memory limit still free, per instance.")
                                    .instantQuery(Expr.number("1").minus(memory.dividedBy(Alerts.MEMORY_LIMIT_BYTES)),
                                            "{{job}} {{instance}}")
                                    .unit(Unit.PERCENT_UNIT).decimals(0).range("0", "1")
                                    .baseColor("red").threshold("0.2", "yellow").threshold("0.5", "green"))
                            .barGauge("Connection headroom", p -> p
                                    .description("Share of the file descriptor limit still free, per instance.")
                                    .instantQuery(Expr.number("1").minus(c.processOpenFds.where(selectedJobs())
                                                    .dividedBy(c.processMaxFds.where(selectedJobs()))),
                                            "{{job}} {{instance}}")
                                    .unit(Unit.PERCENT_UNIT).decimals(0).range("0", "1")
                                    .baseColor("red").threshold("0.2", "yellow").threshold("0.5", "green"))
                            .barGauge("Peak load over average (7 days)", p -> p
                                    .description("The 7-day peak of the 5-minute rate over its 7-day average: how much"
                                            + " more than usual the service must absorb at its busiest.")
                                    .instantQuery(maxOverTime(r.executionRate.where(selectedJobs()).over("7d"))
                                                    .dividedBy(avgOverTime(r.executionRate.where(selectedJobs())
                                                            .over("7d")).gt("0")),
                                            "{{job}}")
                                    .unit(Unit.NONE).decimals(1).min("0")
                                    .baseColor("green").threshold("3", "yellow").threshold("10", "red"))
                            .table("Capacity alerts", p -> p
                                    .description("Active alerts Alertmanager sends to capacity planning: memory,"
                                            + " traffic spikes and growth.")
                                    .activeAlerts(receivers.capacityPlanning(), selectedEnvironments())
                                    .link("All active alerts", AlertsOverviewDashboard.ACTIVE_ALERTS)
                                    .size(12, 8)));
        });
    }
}
