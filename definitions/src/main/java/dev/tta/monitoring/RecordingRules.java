package dev.tta.monitoring;

import dev.obsc.dsl.Monitoring;
import dev.obsc.dsl.RecordedSeries;
import dev.obsc.dsl.RecordingGroupBuilder;

import static dev.obsc.dsl.PromQL.histogramQuantile;
import static dev.obsc.dsl.PromQL.increase;
import static dev.obsc.dsl.PromQL.rate;
import static dev.obsc.dsl.PromQL.sum;
import static dev.tta.monitoring.Catalog.INSTANCE;
import static dev.tta.monitoring.Catalog.JOB;
import static dev.tta.monitoring.Catalog.LE;
import static dev.tta.monitoring.Catalog.MODEL;
import static dev.tta.monitoring.Catalog.PRIMITIVE_TYPE;
import static dev.tta.monitoring.Catalog.PROVIDER;
import static dev.tta.monitoring.Catalog.STATUS;
import static dev.tta.monitoring.Catalog.SUCCESS;
import static dev.tta.monitoring.Catalog.WORKFLOW_NAME;
import static dev.tta.monitoring.Queries.orZero;
import static dev.tta.monitoring.Queries.rateOffset;

/**
 * Pre-computed series for dashboards and alerts, named {@code level:metric:operations}.
 * Ratios are recorded as plain quotients (0 to 1); thresholds are compared in alerts only, so
 * a recorded series never disappears because a condition stopped holding. Every divisor that
 * counts traffic is guarded ({@code > 0}): without traffic a ratio records no sample, never the
 * NaN that would poison dashboards and any window built on it.
 */
public final class RecordingRules {
    // ---- performance (30s) ---------------------------------------------------------------------
    public final RecordedSeries executionRate;
    public final RecordedSeries executionRateByType;
    public final RecordedSeries errorRate;
    public final RecordedSeries errorRatio;
    public final RecordedSeries errorRateByType;
    public final RecordedSeries errorRatioByType;
    public final RecordedSeries latencyP50;
    public final RecordedSeries latencyP95;
    public final RecordedSeries latencyP99;
    public final RecordedSeries latencyP50ByJob;
    public final RecordedSeries latencyP95ByJob;
    public final RecordedSeries latencyP99ByJob;
    public final RecordedSeries latencyMean;
    public final RecordedSeries cacheHitRate;
    public final RecordedSeries cacheMissRate;
    public final RecordedSeries cacheOperationRate;
    public final RecordedSeries cacheHitRatio;
    public final RecordedSeries workflowRate;
    public final RecordedSeries workflowRateByName;
    public final RecordedSeries workflowSuccessRatio;

    // ---- SLIs (1m) -----------------------------------------------------------------------------
    public final RecordedSeries availability;
    public final RecordedSeries latencyGoodRatio;

    // ---- business (5m) -------------------------------------------------------------------------
    public final RecordedSeries executions24h;
    public final RecordedSeries workflowExecutions24h;
    public final RecordedSeries cacheHits24h;
    public final RecordedSeries estimatedCacheSavings24h;
    public final RecordedSeries llmCostByModel24h;
    public final RecordedSeries llmCost24h;

    // ---- capacity (1m) -------------------------------------------------------------------------
    public final RecordedSeries cpuUsage;
    public final RecordedSeries memoryUsage;
    public final RecordedSeries executionRate1h;
    public final RecordedSeries executionGrowth;

    /** The latency objective of the latency SLI: an execution is good when it takes at most 100 ms. */
    public static final String LATENCY_SLI_BUCKET = "0.1";
    /** Estimated saving of one cache hit in US dollars (one LLM call not made). */
    public static final String SAVING_PER_CACHE_HIT_USD = "0.001";

    public RecordingRules(Monitoring m, Catalog c) {
        var exec = c.primitiveExecutions;
        var duration = c.executionDuration;

        RecordingGroupBuilder perf = m.recordingRules("tta_performance", "30s");
        executionRate = perf.record("job:tta_primitive_executions:rate5m",
                sum(rate(exec.all().over("5m"))).by(JOB));
        executionRateByType = perf.record("job_primitive_type:tta_primitive_executions:rate5m",
                sum(rate(exec.all().over("5m"))).by(JOB, PRIMITIVE_TYPE));
        errorRate = perf.record("job:tta_primitive_errors:rate5m",
                orZero(sum(rate(exec.where(STATUS.ne(SUCCESS)).over("5m"))).by(JOB), executionRate.all()));
        errorRatio = perf.record("job:tta_primitive_errors:ratio_rate5m",
                errorRate.all().dividedBy(executionRate.all().gt("0")));
        errorRateByType = perf.record("job_primitive_type:tta_primitive_errors:rate5m",
                orZero(sum(rate(exec.where(STATUS.ne(SUCCESS)).over("5m"))).by(JOB, PRIMITIVE_TYPE),
                        executionRateByType.all()));
        errorRatioByType = perf.record("job_primitive_type:tta_primitive_errors:ratio_rate5m",
                errorRateByType.all().dividedBy(executionRateByType.all().gt("0")));

        latencyP50 = perf.record("job_primitive_type:tta_execution_duration_seconds:p50_5m",
                histogramQuantile("0.5", sum(rate(duration.bucket().over("5m"))).by(LE, JOB, PRIMITIVE_TYPE)));
        latencyP95 = perf.record("job_primitive_type:tta_execution_duration_seconds:p95_5m",
                histogramQuantile("0.95", sum(rate(duration.bucket().over("5m"))).by(LE, JOB, PRIMITIVE_TYPE)));
        latencyP99 = perf.record("job_primitive_type:tta_execution_duration_seconds:p99_5m",
                histogramQuantile("0.99", sum(rate(duration.bucket().over("5m"))).by(LE, JOB, PRIMITIVE_TYPE)));
        latencyP50ByJob = perf.record("job:tta_execution_duration_seconds:p50_5m",
                histogramQuantile("0.5", sum(rate(duration.bucket().over("5m"))).by(LE, JOB)));
        latencyP95ByJob = perf.record("job:tta_execution_duration_seconds:p95_5m",
                histogramQuantile("0.95", sum(rate(duration.bucket().over("5m"))).by(LE, JOB)));
        latencyP99ByJob = perf.record("job:tta_execution_duration_seconds:p99_5m",
                histogramQuantile("0.99", sum(rate(duration.bucket().over("5m"))).by(LE, JOB)));
        latencyMean = perf.record("job_primitive_type:tta_execution_duration_seconds:mean5m",
                sum(rate(duration.sum().over("5m"))).by(JOB, PRIMITIVE_TYPE)
                        .dividedBy(sum(rate(duration.count().over("5m"))).by(JOB, PRIMITIVE_TYPE).gt("0")));

        cacheHitRate = perf.record("job:tta_cache_hits:rate5m",
                sum(rate(c.cacheHits.all().over("5m"))).by(JOB));
        // A cache that has never missed has no miss series: count its misses as 0.
        cacheMissRate = perf.record("job:tta_cache_misses:rate5m",
                orZero(sum(rate(c.cacheMisses.all().over("5m"))).by(JOB), cacheHitRate.all()));
        cacheOperationRate = perf.record("job:tta_cache_operations:rate5m",
                cacheHitRate.all().plus(cacheMissRate.all()));
        cacheHitRatio = perf.record("job:tta_cache_hit:ratio_rate5m",
                cacheHitRate.all().dividedBy(cacheOperationRate.all().gt("0")));

        var workflows = c.workflowExecutions;
        workflowRate = perf.record("job:tta_workflow_executions:rate5m",
                sum(rate(workflows.all().over("5m"))).by(JOB));
        workflowRateByName = perf.record("job_workflow_name:tta_workflow_executions:rate5m",
                sum(rate(workflows.all().over("5m"))).by(JOB, WORKFLOW_NAME));
        workflowSuccessRatio = perf.record("job:tta_workflow_success:ratio_rate5m",
                orZero(sum(rate(workflows.where(STATUS.eq(SUCCESS)).over("5m"))).by(JOB), workflowRate.all())
                        .dividedBy(workflowRate.all().gt("0")));

        // SLIs, from the raw counters so that they do not lag behind another group's evaluation.
        RecordingGroupBuilder sli = m.recordingRules("tta_sli", "1m");
        var total = sum(rate(exec.all().over("5m"))).by(JOB);
        availability = sli.record("job:tta_sli_availability:ratio_rate5m",
                orZero(sum(rate(exec.where(STATUS.eq(SUCCESS)).over("5m"))).by(JOB), total).dividedBy(total.gt("0")));
        latencyGoodRatio = sli.record("job:tta_sli_latency:ratio_rate5m",
                sum(rate(duration.bucket(LE.eq(LATENCY_SLI_BUCKET)).over("5m"))).by(JOB)
                        .dividedBy(sum(rate(duration.count().over("5m"))).by(JOB).gt("0")));

        RecordingGroupBuilder business = m.recordingRules("tta_business", "5m");
        executions24h = business.record("job:tta_primitive_executions:increase24h",
                sum(increase(exec.all().over("24h"))).by(JOB));
        workflowExecutions24h = business.record("job:tta_workflow_executions:increase24h",
                sum(increase(workflows.all().over("24h"))).by(JOB));
        cacheHits24h = business.record("job:tta_cache_hits:increase24h",
                sum(increase(c.cacheHits.all().over("24h"))).by(JOB));
        estimatedCacheSavings24h = business.record("job:tta_cache_savings_usd:estimate24h",
                cacheHits24h.all().times(SAVING_PER_CACHE_HIT_USD));
        llmCostByModel24h = business.record("job_provider_model:tta_llm_cost_usd:increase24h",
                sum(increase(c.llmCost.all().over("24h"))).by(JOB, PROVIDER, MODEL));
        llmCost24h = business.record("job:tta_llm_cost_usd:increase24h",
                sum(llmCostByModel24h.all()).by(JOB));

        RecordingGroupBuilder capacity = m.recordingRules("tta_capacity", "1m");
        cpuUsage = capacity.record("job_instance:process_cpu_seconds:rate5m",
                sum(rate(c.processCpuSeconds.all().over("5m"))).by(JOB, INSTANCE));
        memoryUsage = capacity.record("job:process_resident_memory_bytes:sum",
                sum(c.processResidentMemory.all()).by(JOB));
        executionRate1h = capacity.record("job:tta_primitive_executions:rate1h",
                sum(rate(exec.all().over("1h"))).by(JOB));
        // Growth: this hour's traffic over the same hour yesterday (1.5 = 50% more, 0.8 = 20% less).
        executionGrowth = capacity.record("job:tta_primitive_executions:rate1h_ratio_1d",
                executionRate1h.all().dividedBy(sum(rateOffset(exec.all().over("1h"), "1d")).by(JOB).gt("0")));
    }
}
