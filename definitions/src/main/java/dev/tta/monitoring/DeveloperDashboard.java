package dev.tta.monitoring;

import dev.obsc.dsl.DashboardRef;
import dev.obsc.dsl.Expr;
import dev.obsc.dsl.GrafanaBuilder;
import dev.obsc.dsl.PanelRef;
import dev.obsc.dsl.Selector;
import dev.obsc.model.LegendMode;
import dev.obsc.model.PanelType;
import dev.obsc.model.Unit;

import static dev.obsc.dsl.PromQL.increase;
import static dev.obsc.dsl.PromQL.rate;
import static dev.obsc.dsl.PromQL.sum;
import static dev.tta.monitoring.Catalog.CACHE_TYPE;
import static dev.tta.monitoring.Catalog.LE;
import static dev.tta.monitoring.Catalog.PRIMITIVE_NAME;
import static dev.tta.monitoring.Catalog.PRIMITIVE_TYPE;
import static dev.tta.monitoring.Catalog.STATUS;
import static dev.tta.monitoring.Catalog.SUCCESS;
import static dev.tta.monitoring.Catalog.WORKFLOW_NAME;
import static dev.tta.monitoring.Dashboards.selectedJobs;
import static dev.tta.monitoring.Dashboards.selectedPrimitiveTypes;

/**
 * For developers and QA: how each primitive performs, where errors come from, how the caches
 * behave, down to the primitive. Queries follow the {@code $job} and {@code $primitive_type}
 * variables and Grafana's {@code $__rate_interval}, so they stay correct at any zoom.
 */
public final class DeveloperDashboard {
    public static final DashboardRef REF = DashboardRef.of("tta-developer");
    public static final PanelRef LATENCY_HEATMAP = REF.panel("latency-heatmap");
    public static final PanelRef ERROR_DISTRIBUTION = REF.panel("error-distribution");
    public static final PanelRef ERROR_LOGS = REF.panel("error-logs");
    public static final PanelRef TRACE_SEARCH = REF.panel("trace-search");

    /** The service name (OpenTelemetry service.name) TTA.dev's primitives report their spans and logs under. */
    static final String TRACED_SERVICE = "tta-dev-primitives";

    private static final String RATE_INTERVAL = Dashboards.RATE_INTERVAL;
    private static final String RANGE = Dashboards.RANGE;

    private DeveloperDashboard() {
    }

    static void declare(GrafanaBuilder grafana, Datasources ds, Catalog c, RecordingRules r) {
        Selector executions = c.primitiveExecutions.where(selectedJobs(), selectedPrimitiveTypes());
        Selector failures = executions.where(STATUS.ne(SUCCESS));
        Selector buckets = c.executionDuration.bucket(selectedJobs(), selectedPrimitiveTypes());
        Selector hits = c.cacheHits.where(selectedJobs());
        Selector misses = c.cacheMisses.where(selectedJobs());

        Expr successByPrimitive = sum(rate(executions.where(STATUS.eq(SUCCESS)).over(RATE_INTERVAL)))
                .by(PRIMITIVE_TYPE, PRIMITIVE_NAME);
        Expr totalByPrimitive = sum(rate(executions.over(RATE_INTERVAL))).by(PRIMITIVE_TYPE, PRIMITIVE_NAME);
        Expr hitsByCache = sum(rate(hits.over(RATE_INTERVAL))).by(PRIMITIVE_NAME, CACHE_TYPE);
        Expr missesByCache = Queries.orZero(sum(rate(misses.over(RATE_INTERVAL))).by(PRIMITIVE_NAME, CACHE_TYPE),
                hitsByCache);
        Expr cacheHitRatio = sum(rate(hits.over(RATE_INTERVAL)))
                .dividedBy(sum(rate(hits.over(RATE_INTERVAL))).plus(
                        Queries.orZero(sum(rate(misses.over(RATE_INTERVAL))), sum(rate(hits.over(RATE_INTERVAL))))));

        grafana.dashboard(REF, "TTA.dev Developer", d -> {
            d.description("Primitive performance, errors, caches, workflows, logs and traces, for debugging.")
                    .tags("tta", "developer", "primitives")
                    .folder(Dashboards.FOLDER)
                    .refresh("10s")
                    .time("now-1h", "now");
            Dashboards.suiteLinks(d, REF);
            Dashboards.jobVariable(d, ds, c);
            Dashboards.primitiveTypeVariable(d, ds, c);
            d.textboxVariable("trace_id", "Trace id", "");
            d.row("Overview", row -> row
                            .stat("Workflow execution rate", p -> p
                                    .query(sum(r.workflowRate.where(selectedJobs())))
                                    .unit(Unit.OPS_PER_SECOND).decimals(2).baseColor("blue"))
                            .gauge("Cache hit rate", p -> p
                                    .query(cacheHitRatio)
                                    .unit(Unit.PERCENT_UNIT).decimals(1).range("0", "1")
                                    .baseColor("red").threshold("0.6", "yellow").threshold("0.9", "green")
                                    .size(6, 4))
                            .stat("Error ratio", p -> p
                                    .query(sum(rate(failures.over(RATE_INTERVAL)))
                                            .dividedBy(sum(rate(executions.over(RATE_INTERVAL)))))
                                    .unit(Unit.PERCENT_UNIT).decimals(2)
                                    .baseColor("green").threshold("0.01", "yellow").threshold("0.05", "red"))
                            .stat("Mean execution time", p -> p
                                    .query(sum(rate(c.executionDuration.sum(selectedJobs(), selectedPrimitiveTypes())
                                            .over(RATE_INTERVAL)))
                                            .dividedBy(sum(rate(c.executionDuration
                                                    .count(selectedJobs(), selectedPrimitiveTypes())
                                                    .over(RATE_INTERVAL)))))
                                    .unit(Unit.SECONDS).decimals(4)
                                    .baseColor("green").threshold("0.1", "yellow").threshold("1", "red")))
                    .row("Primitive executions", row -> row
                            .timeseries("Execution rate by primitive type", p -> p
                                    .query(sum(rate(executions.over(RATE_INTERVAL))).by(PRIMITIVE_TYPE),
                                            "{{primitive_type}}")
                                    .unit(Unit.REQUESTS_PER_SECOND).min("0"))
                            .timeseries("Successes and failures by primitive type", p -> p
                                    .query(sum(rate(executions.over(RATE_INTERVAL))).by(PRIMITIVE_TYPE, STATUS),
                                            "{{primitive_type}} {{status}}")
                                    .unit(Unit.REQUESTS_PER_SECOND).min("0"))
                            .barGauge("Success ratio by primitive", p -> p
                                    .query(Queries.orZero(successByPrimitive, totalByPrimitive)
                                                    .dividedBy(totalByPrimitive),
                                            "{{primitive_type}} {{primitive_name}}")
                                    .unit(Unit.PERCENT_UNIT).decimals(1).range("0", "1")
                                    .baseColor("red").threshold("0.95", "yellow").threshold("0.99", "green")
                                    .size(24, 8)))
                    .row("Latency", row -> row
                            .panel(LATENCY_HEATMAP, PanelType.HEATMAP, "Execution latency heatmap", p -> p
                                    .description("Executions per latency bucket; buckets are the histogram's"
                                            + " upper bounds in seconds. Exemplars, where the exporter attaches"
                                            + " trace ids, open the trace in Jaeger.")
                                    .queryWithExemplars(sum(rate(buckets.over(RATE_INTERVAL))).by(LE), "{{le}}")
                                    .unit(Unit.SECONDS))
                            .timeseries("Latency percentiles by primitive type", p -> p
                                    .query(r.latencyP50.where(selectedJobs(), selectedPrimitiveTypes()),
                                            "P50 {{primitive_type}}")
                                    .query(r.latencyP95.where(selectedJobs(), selectedPrimitiveTypes()),
                                            "P95 {{primitive_type}}")
                                    .query(r.latencyP99.where(selectedJobs(), selectedPrimitiveTypes()),
                                            "P99 {{primitive_type}}")
                                    .unit(Unit.SECONDS).min("0")
                                    .legend(LegendMode.TABLE))
                            .timeseries("Mean execution time by primitive type", p -> p
                                    .query(r.latencyMean.where(selectedJobs(), selectedPrimitiveTypes()),
                                            "{{primitive_type}}")
                                    .unit(Unit.SECONDS).min("0")
                                    .size(24, 8)))
                    .row("Cache", row -> row
                            .barGauge("Cache hit ratio by primitive", p -> p
                                    .query(hitsByCache.dividedBy(hitsByCache.plus(missesByCache)),
                                            "{{primitive_name}} ({{cache_type}})")
                                    .unit(Unit.PERCENT_UNIT).decimals(1).range("0", "1")
                                    .baseColor("red").threshold("0.6", "yellow").threshold("0.9", "green"))
                            .timeseries("Cache hits and misses by primitive", p -> p
                                    .query(hitsByCache, "hits {{primitive_name}} ({{cache_type}})")
                                    .query(missesByCache, "misses {{primitive_name}} ({{cache_type}})")
                                    .unit(Unit.OPS_PER_SECOND).min("0")))
                    .row("Distribution and errors", row -> row
                            .panel(ERROR_DISTRIBUTION, PanelType.PIECHART, "Error distribution by primitive type",
                                    p -> p.instantQuery(sum(increase(failures.over(RANGE))).by(PRIMITIVE_TYPE),
                                                    "{{primitive_type}}")
                                            .unit(Unit.SHORT).decimals(0)
                                            .legend(LegendMode.TABLE))
                            .pieChart("Request distribution by primitive type", p -> p
                                    .instantQuery(sum(increase(executions.over(RANGE))).by(PRIMITIVE_TYPE),
                                            "{{primitive_type}}")
                                    .unit(Unit.SHORT).decimals(0)
                                    .legend(LegendMode.TABLE))
                            .pieChart("Workflow executions by workflow", p -> p
                                    .instantQuery(sum(increase(c.workflowExecutions.where(selectedJobs())
                                                    .over(RANGE))).by(WORKFLOW_NAME),
                                            "{{workflow_name}}")
                                    .unit(Unit.SHORT).decimals(0)
                                    .legend(LegendMode.TABLE))
                            .table("Failed executions by primitive (selected time range)", p -> p
                                    .instantQuery(sum(increase(failures.over(RANGE)))
                                                    .by(PRIMITIVE_TYPE, PRIMITIVE_NAME),
                                            "{{primitive_type}} {{primitive_name}}")
                                    .unit(Unit.SHORT).decimals(0)))
                    .row("Workflows", row -> row
                            .timeseries("Workflow execution timeline by workflow and status", p -> p
                                    .query(sum(rate(c.workflowExecutions.where(selectedJobs()).over(RATE_INTERVAL)))
                                                    .by(WORKFLOW_NAME, STATUS),
                                            "{{workflow_name}} {{status}}")
                                    .unit(Unit.OPS_PER_SECOND).min("0")
                                    .legend(LegendMode.TABLE)
                                    .size(24, 8)))
                    .row("Resources", row -> row
                            .timeseries("Memory usage", p -> p
                                    .query(c.processResidentMemory.where(selectedJobs()), "{{job}} {{instance}}")
                                    .unit(Unit.BYTES).min("0")
                                    .baseColor("green").threshold("1073741824", "red"))
                            .timeseries("CPU usage", p -> p
                                    .description("CPU time used per second: 100% is one full core.")
                                    .query(r.cpuUsage.where(selectedJobs()), "{{job}} {{instance}}")
                                    .unit(Unit.PERCENT_UNIT).min("0"))
                            .timeseries("Open connections and files", p -> p
                                    .description("Open file descriptors of each process: network connections and files.")
                                    .query(c.processOpenFds.where(selectedJobs()), "{{job}} {{instance}}")
                                    .unit(Unit.SHORT).decimals(0).min("0")
                                    .size(24, 8)))
                    .row("Logs and traces", row -> row
                            .panel(ERROR_LOGS, PanelType.LOGS, "Recent error logs", p -> p
                                    .description("Log lines of " + TRACED_SERVICE + " that mention an error, newest"
                                            + " first. A trace id in a line opens the trace in Jaeger.")
                                    // Logs reach Loki over OTLP, which labels them service_name, not job.
                                    .logs("{service_name=\"" + TRACED_SERVICE + "\"} |~ \"(?i)error\""))
                            .panel(TRACE_SEARCH, PanelType.TRACES, "Recent traces", p -> p
                                    .description("Traces of " + TRACED_SERVICE + ": one per workflow run, its spans"
                                            + " the primitives it executed.")
                                    .traceSearch(TRACED_SERVICE, null))
                            .traces("Trace by id", p -> p
                                    .description("The trace whose id is entered in the trace id field above.")
                                    .trace("$trace_id")
                                    .size(12, 10))
                            .nodeGraph("Service map", p -> p
                                    .description("Services and the calls between them, from Jaeger's dependencies.")
                                    .serviceDependencies()
                                    .size(12, 10)));
        });
    }
}
