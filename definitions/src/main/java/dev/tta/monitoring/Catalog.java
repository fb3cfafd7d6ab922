package dev.tta.monitoring;

import dev.obsc.dsl.Counter;
import dev.obsc.dsl.Gauge;
import dev.obsc.dsl.Histogram;
import dev.obsc.dsl.Label;
import dev.obsc.dsl.Monitoring;

import java.util.List;

/**
 * The metrics TTA.dev actually exports (prometheus_client in the primitives), the standard
 * process and target-health series, and the labels queries may use on them. Prometheus adds
 * {@code job} and {@code instance} to every scraped series, so every metric declares both.
 */
public final class Catalog {
    // ---- labels --------------------------------------------------------------------------------

    public static final Label JOB = Label.of("job");
    public static final Label INSTANCE = Label.of("instance");
    public static final Label WORKFLOW_NAME = Label.of("workflow_name");
    public static final Label STATUS = Label.of("status");
    public static final Label PRIMITIVE_TYPE = Label.of("primitive_type");
    public static final Label PRIMITIVE_NAME = Label.of("primitive_name");
    public static final Label CACHE_TYPE = Label.of("cache_type");
    public static final Label MODEL = Label.of("model");
    public static final Label PROVIDER = Label.of("provider");
    public static final Label LE = Histogram.LE;

    /** Labels of Prometheus' synthetic ALERTS series (alert name, state and the alert's own labels). */
    public static final Label ALERTNAME = Label.of("alertname");
    public static final Label ALERTSTATE = Label.of("alertstate");
    public static final Label SEVERITY = Label.of("severity");
    public static final Label TEAM = Label.of("team");
    public static final Label SERVICE = Label.of("service");
    /**
     * The external label each environment's Prometheus adds to the alerts it sends: Alertmanager's
     * alerts carry it, series queried in Prometheus do not.
     */
    public static final Label ENVIRONMENT = Label.of("environment");
    /** TTA.dev's environments, the values of {@link #ENVIRONMENT}. */
    public static final List<String> ENVIRONMENTS = Environments.NAMES;

    /** Values of {@link #STATUS} on TTA.dev's execution counters. */
    public static final String SUCCESS = "success";
    public static final String ERROR = "error";

    /** Upper bounds of {@code tta_execution_duration_seconds}, as the primitives configure them. */
    public static final List<String> DURATION_BUCKETS =
            List.of("0.01", "0.05", "0.1", "0.25", "0.5", "1", "2.5", "5", "10", "30");

    // ---- TTA.dev metrics -----------------------------------------------------------------------

    public final Counter workflowExecutions;
    public final Counter primitiveExecutions;
    public final Histogram executionDuration;
    public final Counter cacheHits;
    public final Counter cacheMisses;
    public final Counter llmCost;

    // ---- standard series -----------------------------------------------------------------------

    public final Gauge up;
    public final Counter processCpuSeconds;
    public final Gauge processResidentMemory;
    public final Gauge processOpenFds;
    public final Gauge processMaxFds;
    public final Gauge alerts;

    public Catalog(Monitoring m) {
        workflowExecutions = m.counter("tta_workflow_executions_total",
                "Workflow executions, by workflow and outcome (status).",
                WORKFLOW_NAME, STATUS, JOB, INSTANCE);
        primitiveExecutions = m.counter("tta_primitive_executions_total",
                "Primitive executions (TTA.dev's requests), by primitive and outcome: status is success or error.",
                PRIMITIVE_TYPE, PRIMITIVE_NAME, STATUS, JOB, INSTANCE);
        executionDuration = m.histogram("tta_execution_duration_seconds",
                "Duration of primitive executions in seconds, by primitive type.",
                DURATION_BUCKETS, PRIMITIVE_TYPE, JOB, INSTANCE);
        cacheHits = m.counter("tta_cache_hits_total",
                "Cache lookups answered from the cache, by cache primitive and cache type.",
                PRIMITIVE_NAME, CACHE_TYPE, JOB, INSTANCE);
        cacheMisses = m.counter("tta_cache_misses_total",
                "Cache lookups not answered from the cache, by cache primitive and cache type.",
                PRIMITIVE_NAME, CACHE_TYPE, JOB, INSTANCE);
        llmCost = m.counter("tta_llm_cost_total",
                "Money spent on LLM calls in US dollars, by model and provider.",
                MODEL, PROVIDER, JOB, INSTANCE);

        up = m.gauge("up",
                "1 if Prometheus' last scrape of the target succeeded, 0 if it failed.",
                JOB, INSTANCE);
        processCpuSeconds = m.counter("process_cpu_seconds_total",
                "User and system CPU time the process has used, in seconds.",
                JOB, INSTANCE);
        processResidentMemory = m.gauge("process_resident_memory_bytes",
                "Resident memory size of the process in bytes.",
                JOB, INSTANCE);
        // prometheus_client's process collector exports these beside CPU and memory; open descriptors
        // count sockets too, so they are TTA.dev's measure of open connections.
        processOpenFds = m.gauge("process_open_fds",
                "Number of open file descriptors of the process: files and network connections.",
                JOB, INSTANCE);
        processMaxFds = m.gauge("process_max_fds",
                "Maximum number of open file descriptors of the process (its ulimit).",
                JOB, INSTANCE);
        alerts = m.gauge("ALERTS",
                "Prometheus' own series of pending and firing alerts: one per alert, value 1, with the alert's labels.",
                ALERTNAME, ALERTSTATE, SEVERITY, TEAM, SERVICE, JOB, INSTANCE, PRIMITIVE_TYPE);
    }
}
