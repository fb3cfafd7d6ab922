package dev.tta.monitoring.live;

import dev.obsc.model.Metric;
import dev.tta.monitoring.Catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A simulated TTA.dev application: on every scrape its counters advance by the time since the
 * last scrape at the current behaviour (traffic, error ratio, cache hit ratio, latency), the way
 * the primitives' prometheus_client counters would. The test changes the behaviour while
 * Prometheus scrapes it, e.g. {@link #errorRatio(double)} for an error spike.
 */
final class SyntheticApplication {
    private static final List<String> PRIMITIVE_TYPES = List.of("cache", "retry", "router");
    private static final double EXECUTIONS_PER_SECOND = 30;
    private static final double WORKFLOWS_PER_EXECUTION = 0.25;
    private static final double COST_USD_PER_EXECUTION = 0.0001;
    private static final double CPU_SECONDS_PER_SECOND = 0.05;
    private static final double RESIDENT_MEMORY_BYTES = 200e6;
    private static final double OPEN_FDS = 64;
    private static final double MAX_FDS = 1024;

    private final Map<String, Metric> catalog;
    private final List<BigDecimal> buckets;
    // Healthy means well inside TTA.dev's SLOs (99% success, 90% cache hits, 95% under 100 ms):
    // burning a budget at all fires the slowest ticket tier once the run has little history.
    private double errorRatio = 0.001;
    private double cacheHitRatio = 0.97;
    private double latencySeconds = 0.03;

    private boolean answering = true;
    private long lastScrapeNanos = -1;
    private double successes;
    private double errors;
    private double durationSum;
    private final double[] bucketCounts;
    private double cacheHits;
    private double cacheMisses;
    private double cpuSeconds;

    SyntheticApplication(Map<String, Metric> catalog) {
        this.catalog = catalog;
        this.buckets = catalog.get("tta_execution_duration_seconds").buckets();
        this.bucketCounts = new double[buckets.size()];
    }

    synchronized void errorRatio(double ratio) {
        errorRatio = ratio;
    }

    synchronized void cacheHitRatio(double ratio) {
        cacheHitRatio = ratio;
    }

    synchronized void latencySeconds(double seconds) {
        latencySeconds = seconds;
    }

    /** From now on the application's metrics endpoint fails, as a crashed process' would. */
    synchronized void stopAnswering() {
        answering = false;
    }

    synchronized boolean answering() {
        return answering;
    }

    /** Advances the counters to now and renders them (per primitive type, a third of the traffic each). */
    synchronized Exposition scrape() {
        advance();
        Exposition out = new Exposition(catalog);
        double perType = 1.0 / PRIMITIVE_TYPES.size();

        out.family("tta_primitive_executions_total");
        for (String type : PRIMITIVE_TYPES) {
            out.sample("tta_primitive_executions_total", successes * perType,
                    "primitive_type", type, "primitive_name", type + "-primitive", "status", Catalog.SUCCESS);
            out.sample("tta_primitive_executions_total", errors * perType,
                    "primitive_type", type, "primitive_name", type + "-primitive", "status", Catalog.ERROR);
        }
        out.family("tta_workflow_executions_total")
                .sample("tta_workflow_executions_total", successes * WORKFLOWS_PER_EXECUTION,
                        "workflow_name", "agent-pipeline", "status", Catalog.SUCCESS)
                .sample("tta_workflow_executions_total", errors * WORKFLOWS_PER_EXECUTION,
                        "workflow_name", "agent-pipeline", "status", Catalog.ERROR);
        out.family("tta_execution_duration_seconds");
        for (String type : PRIMITIVE_TYPES) {
            for (int i = 0; i < buckets.size(); i++) {
                out.sample("tta_execution_duration_seconds_bucket", bucketCounts[i] * perType,
                        "primitive_type", type, "le", buckets.get(i).toPlainString());
            }
            out.sample("tta_execution_duration_seconds_bucket", (successes + errors) * perType,
                    "primitive_type", type, "le", "+Inf");
            out.sample("tta_execution_duration_seconds_sum", durationSum * perType, "primitive_type", type);
            out.sample("tta_execution_duration_seconds_count", (successes + errors) * perType, "primitive_type", type);
        }
        out.family("tta_cache_hits_total")
                .sample("tta_cache_hits_total", cacheHits, "primitive_name", "llm-cache", "cache_type", "memory");
        out.family("tta_cache_misses_total")
                .sample("tta_cache_misses_total", cacheMisses, "primitive_name", "llm-cache", "cache_type", "memory");
        out.family("tta_llm_cost_total")
                .sample("tta_llm_cost_total", (successes + errors) * COST_USD_PER_EXECUTION,
                        "model", "gpt-4o-mini", "provider", "openai");
        out.family("process_cpu_seconds_total").sample("process_cpu_seconds_total", cpuSeconds);
        out.family("process_resident_memory_bytes").sample("process_resident_memory_bytes", RESIDENT_MEMORY_BYTES);
        out.family("process_open_fds").sample("process_open_fds", OPEN_FDS);
        out.family("process_max_fds").sample("process_max_fds", MAX_FDS);
        return out;
    }

    private void advance() {
        long now = System.nanoTime();
        double seconds = lastScrapeNanos < 0 ? 0 : (now - lastScrapeNanos) / 1e9;
        lastScrapeNanos = now;
        double executions = EXECUTIONS_PER_SECOND * seconds;
        errors += executions * errorRatio;
        successes += executions * (1 - errorRatio);
        durationSum += executions * latencySeconds;
        for (int i = 0; i < buckets.size(); i++) {
            if (latencySeconds <= buckets.get(i).doubleValue()) {
                bucketCounts[i] += executions;
            }
        }
        // A cache lookup per execution of the cache primitive.
        double lookups = executions / PRIMITIVE_TYPES.size();
        cacheHits += lookups * cacheHitRatio;
        cacheMisses += lookups * (1 - cacheHitRatio);
        cpuSeconds += CPU_SECONDS_PER_SECOND * seconds;
    }
}
