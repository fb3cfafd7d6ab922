package dev.tta.monitoring;

import dev.obsc.dsl.DashboardRef;
import dev.obsc.dsl.GrafanaBuilder;
import dev.obsc.dsl.PanelRef;
import dev.obsc.model.LegendMode;
import dev.obsc.model.PanelType;
import dev.obsc.model.Unit;

import static dev.obsc.dsl.PromQL.sum;
import static dev.tta.monitoring.Catalog.ALERTNAME;
import static dev.tta.monitoring.Catalog.ALERTSTATE;
import static dev.tta.monitoring.Catalog.SERVICE;
import static dev.tta.monitoring.Catalog.SEVERITY;
import static dev.tta.monitoring.Catalog.TEAM;
import static dev.tta.monitoring.Dashboards.selectedJobs;

/**
 * For platform engineers and SRE: is every service up, are errors, latency and cache behaving,
 * how much traffic and how many resources. The panels alerts link to are declared here.
 */
public final class PlatformHealthDashboard {
    public static final DashboardRef REF = DashboardRef.of("tta-platform-health");
    public static final PanelRef SERVICE_STATUS = REF.panel("service-status");
    public static final PanelRef ERROR_RATIO = REF.panel("error-ratio");
    public static final PanelRef LATENCY = REF.panel("latency-percentiles");
    public static final PanelRef CACHE_HIT_RATIO = REF.panel("cache-hit-ratio");
    public static final PanelRef THROUGHPUT = REF.panel("throughput");
    public static final PanelRef MEMORY = REF.panel("memory");
    public static final PanelRef ACTIVE_ALERTS = REF.panel("active-alerts");

    private PlatformHealthDashboard() {
    }

    static void declare(GrafanaBuilder grafana, Datasources ds, Catalog c, RecordingRules r) {
        grafana.dashboard(REF, "TTA.dev Platform Health", d -> {
            d.description("Real-time health of TTA.dev's services and of the monitoring stack.")
                    .tags("tta", "platform", "sre")
                    .folder(Dashboards.FOLDER)
                    .refresh("30s")
                    .time("now-3h", "now");
            Dashboards.suiteLinks(d, REF);
            Dashboards.jobVariable(d, ds, c);
            d.row("Service status", row -> row
                            .panel(SERVICE_STATUS, PanelType.STAT, "Service status", p -> p
                                    .description("1 = up, 0 = down, for every scraped target,"
                                            + " TTA.dev and monitoring stack alike.")
                                    .query(c.up.all(), "{{job}} {{instance}}")
                                    .unit(Unit.NONE).decimals(0).range("0", "1")
                                    .baseColor("red").threshold("1", "green")
                                    .size(24, 4)))
                    .row("Errors", row -> row
                            .panel(ERROR_RATIO, PanelType.TIMESERIES, "Error ratio by service", p -> p
                                    .description("Share of failed primitive executions, 5-minute rate."
                                            + " TTAHighErrorRate fires above 5%.")
                                    .query(r.errorRatio.where(selectedJobs()), "{{job}}")
                                    .unit(Unit.PERCENT_UNIT).decimals(2).min("0")
                                    .baseColor("green").threshold("0.05", "red"))
                            .timeseries("Error ratio by primitive type", p -> p
                                    .query(r.errorRatioByType.where(selectedJobs()), "{{job}} {{primitive_type}}")
                                    .unit(Unit.PERCENT_UNIT).decimals(2).min("0")
                                    .baseColor("green").threshold("0.05", "red")))
                    .row("Latency", row -> row
                            .panel(LATENCY, PanelType.TIMESERIES, "Latency percentiles (P50, P95, P99)", p -> p
                                    .description("Execution time percentiles per job, 5-minute window."
                                            + " TTAHighLatency fires when a primitive type's P95 exceeds 1 s.")
                                    .query(r.latencyP50ByJob.where(selectedJobs()), "P50 {{job}}")
                                    .query(r.latencyP95ByJob.where(selectedJobs()), "P95 {{job}}")
                                    .query(r.latencyP99ByJob.where(selectedJobs()), "P99 {{job}}")
                                    .unit(Unit.SECONDS).min("0")
                                    .baseColor("green").threshold("1", "red"))
                            .timeseries("P95 latency by primitive type", p -> p
                                    .query(r.latencyP95.where(selectedJobs()), "{{job}} {{primitive_type}}")
                                    .unit(Unit.SECONDS).min("0")
                                    .baseColor("green").threshold("1", "red")))
                    .row("Cache", row -> row
                            .panel(CACHE_HIT_RATIO, PanelType.TIMESERIES, "Cache hit ratio", p -> p
                                    .description("Share of cache lookups answered from the cache."
                                            + " Warning below 80%, critical below 60%.")
                                    .query(r.cacheHitRatio.where(selectedJobs()), "{{job}}")
                                    .unit(Unit.PERCENT_UNIT).decimals(1).range("0", "1")
                                    .baseColor("red").threshold("0.6", "yellow").threshold("0.8", "green"))
                            .timeseries("Cache operations", p -> p
                                    .query(r.cacheHitRate.where(selectedJobs()), "hits {{job}}")
                                    .query(r.cacheMissRate.where(selectedJobs()), "misses {{job}}")
                                    .unit(Unit.OPS_PER_SECOND).min("0")))
                    .row("Throughput", row -> row
                            .panel(THROUGHPUT, PanelType.TIMESERIES, "Primitive executions by service", p -> p
                                    .query(r.executionRate.where(selectedJobs()), "{{job}}")
                                    .unit(Unit.REQUESTS_PER_SECOND).min("0"))
                            .timeseries("Workflow executions by workflow", p -> p
                                    .query(r.workflowRateByName.where(selectedJobs()), "{{job}} {{workflow_name}}")
                                    .unit(Unit.OPS_PER_SECOND).min("0")
                                    .legend(LegendMode.TABLE)))
                    .row("Resources", row -> row
                            .timeseries("CPU usage", p -> p
                                    .description("CPU time used per second: 100% is one full core.")
                                    .query(r.cpuUsage.where(selectedJobs()), "{{job}} {{instance}}")
                                    .unit(Unit.PERCENT_UNIT).min("0"))
                            .panel(MEMORY, PanelType.TIMESERIES, "Resident memory", p -> p
                                    .description("TTAHighMemoryUsage fires above 1 GiB for 15 minutes.")
                                    .query(c.processResidentMemory.where(selectedJobs()), "{{job}} {{instance}}")
                                    .unit(Unit.BYTES).min("0")
                                    .baseColor("green").threshold("1073741824", "red")))
                    .row("Alerts", row -> row
                            .panel(ACTIVE_ALERTS, PanelType.TABLE, "Active alerts", p -> p
                                    .description("Alerts firing now, from Prometheus' ALERTS series.")
                                    .instantQuery(sum(c.alerts.where(ALERTSTATE.eq("firing")))
                                                    .by(ALERTNAME, SEVERITY, TEAM, SERVICE),
                                            "{{alertname}}")
                                    .unit(Unit.NONE).decimals(0)));
        });
    }
}
