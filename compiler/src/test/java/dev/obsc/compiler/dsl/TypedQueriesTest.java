package dev.obsc.compiler.dsl;

import dev.obsc.compiler.promql.Ast;
import dev.obsc.compiler.promql.PromQL;
import dev.obsc.dsl.Counter;
import dev.obsc.dsl.Expr;
import dev.obsc.dsl.Gauge;
import dev.obsc.dsl.Histogram;
import dev.obsc.dsl.Label;
import dev.obsc.dsl.Monitoring;
import dev.obsc.dsl.VectorMatching;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.obsc.dsl.PromQL.absent;
import static dev.obsc.dsl.PromQL.avgOverTime;
import static dev.obsc.dsl.PromQL.histogramQuantile;
import static dev.obsc.dsl.PromQL.increase;
import static dev.obsc.dsl.PromQL.max;
import static dev.obsc.dsl.PromQL.predictLinear;
import static dev.obsc.dsl.PromQL.rate;
import static dev.obsc.dsl.PromQL.sum;
import static dev.obsc.dsl.PromQL.sumOverTime;
import static dev.obsc.dsl.PromQL.topk;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Queries built with the typed DSL parse to the same tree as the same query written by hand. */
class TypedQueriesTest {
    private static final Label JOB = Label.of("job");
    private static final Label STATUS = Label.of("status");
    private static final Monitoring M = new Monitoring("typed queries");
    private static final Counter REQUESTS = M.counter("http_requests_total", "Requests.", JOB, STATUS);
    private static final Gauge MEMORY = M.gauge("process_resident_memory_bytes", "Memory.", JOB);
    private static final Histogram LATENCY = M.histogram("http_request_duration_seconds", "Latency.",
            List.of("0.1", "1"), JOB);

    private static void assertSameTree(Expr built, String handWritten) {
        assertTrue(Ast.equalIgnoringSpans(PromQL.parse(built.promql()), PromQL.parse(handWritten)),
                () -> built.promql() + "\n  is not\n" + handWritten);
    }

    @Test
    void ratiosAndComparisons() {
        assertSameTree(sum(rate(REQUESTS.where(STATUS.ne("success")).over("5m"))).by(JOB)
                        .dividedBy(sum(rate(REQUESTS.all().over("5m"))).by(JOB)).gt("0.05"),
                "sum by (job) (rate(http_requests_total{status!=\"success\"}[5m])) / sum by (job) (rate(http_requests_total[5m])) > 0.05");
    }

    @Test
    void precedenceGetsParenthesesOnlyWhereNeeded() {
        Expr a = REQUESTS.all();
        Expr b = MEMORY.all();
        assertSameTree(a.plus(b).times(a), "(http_requests_total + process_resident_memory_bytes) * http_requests_total");
        assertSameTree(a.minus(b.minus(a)), "http_requests_total - (process_resident_memory_bytes - http_requests_total)");
        assertSameTree(a.gt("1").and(b.lt("2")).or(a.eq("0")),
                "http_requests_total > 1 and process_resident_memory_bytes < 2 or http_requests_total == 0");
    }

    @Test
    void histogramsOffsetsMatchingAndFunctions() {
        assertSameTree(histogramQuantile("0.99", sum(rate(LATENCY.bucket().over("5m"))).by(JOB, Histogram.LE)),
                "histogram_quantile(0.99, sum by (job, le) (rate(http_request_duration_seconds_bucket[5m])))");
        assertSameTree(rate(REQUESTS.all().over("1h").offset("1d")), "rate(http_requests_total[1h] offset 1d)");
        assertSameTree(MEMORY.all().dividedBy(max(MEMORY.all()).by(JOB), VectorMatching.on(JOB).groupLeft()),
                "process_resident_memory_bytes / on (job) group_left () max by (job) (process_resident_memory_bytes)");
        assertSameTree(predictLinear(MEMORY.all().over("6h"), 14400), "predict_linear(process_resident_memory_bytes[6h], 14400)");
        assertSameTree(topk(5, avgOverTime(MEMORY.all().over("10m"))), "topk(5, avg_over_time(process_resident_memory_bytes[10m]))");
        assertSameTree(sumOverTime(MEMORY.all().over("30d")).dividedBy(avgOverTime(MEMORY.all().over("30d"))),
                "sum_over_time(process_resident_memory_bytes[30d]) / avg_over_time(process_resident_memory_bytes[30d])");
        assertSameTree(absent(REQUESTS.where(JOB.eq("api"))), "absent(http_requests_total{job=\"api\"})");
        assertSameTree(sum(increase(REQUESTS.all().over("1d"))).without(STATUS),
                "sum without (status) (increase(http_requests_total[1d]))");
    }
}
