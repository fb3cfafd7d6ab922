package dev.obsc.compiler.bench;

import dev.obsc.compiler.promql.CheckOptions;
import dev.obsc.compiler.promql.CheckResult;
import dev.obsc.compiler.promql.Expr;
import dev.obsc.compiler.promql.PromQL;
import dev.obsc.compiler.promql.SeriesCatalog;
import dev.obsc.compiler.promql.SeriesInfo;
import dev.obsc.compiler.promql.SeriesKind;
import dev.obsc.compiler.promql.TypeChecker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Parses, prints and type-checks 100,000 realistic expressions against a catalog of 1,000
 * metrics, and reports the throughput. Run with {@code make bench}.
 */
public final class PromQLBenchmark {
    private static final int METRICS = 1_000;
    private static final int EXPRESSIONS = 100_000;

    public static void main(String[] args) {
        SeriesCatalog catalog = catalog();
        List<String> expressions = expressions();
        TypeChecker checker = new TypeChecker(catalog, CheckOptions.alert());
        // Warm up the JIT on a slice first, as a long-running compiler would be.
        run(expressions.subList(0, 20_000), checker);
        long parseStart = System.nanoTime();
        List<Expr> parsed = new ArrayList<>(expressions.size());
        for (String expression : expressions) {
            parsed.add(PromQL.parse(expression));
        }
        long parseNanos = System.nanoTime() - parseStart;
        long printStart = System.nanoTime();
        long printedChars = 0;
        for (Expr expr : parsed) {
            printedChars += PromQL.print(expr).length();
        }
        long printNanos = System.nanoTime() - printStart;
        long checkStart = System.nanoTime();
        int errors = run(expressions, checker);
        long checkNanos = System.nanoTime() - checkStart;
        System.out.printf(Locale.ROOT, "expressions: %,d over a catalog of %,d metrics (%,d characters printed)%n",
                expressions.size(), METRICS, printedChars);
        report("parse", parseNanos);
        report("print", printNanos);
        report("parse + type-check", checkNanos);
        if (errors != 0) {
            throw new IllegalStateException(errors + " expressions did not check cleanly; the benchmark input is wrong");
        }
    }

    private static int run(List<String> expressions, TypeChecker checker) {
        int errors = 0;
        for (String expression : expressions) {
            CheckResult result = checker.check(expression);
            if (result.hasErrors()) {
                errors++;
            }
        }
        return errors;
    }

    private static void report(String what, long nanos) {
        double seconds = nanos / 1e9;
        System.out.printf(Locale.ROOT, "%-20s %8.3f s  %,12.0f expressions/s%n", what, seconds, EXPRESSIONS / seconds);
    }

    private static SeriesCatalog catalog() {
        List<SeriesInfo> series = new ArrayList<>();
        Set<String> labels = Set.of("job", "instance", "status", "route");
        for (int i = 0; i < METRICS; i++) {
            series.add(new SeriesInfo("app_requests_" + i + "_total", SeriesKind.COUNTER, labels));
            series.add(new SeriesInfo("app_latency_" + i + "_seconds_bucket", SeriesKind.HISTOGRAM_BUCKET, labels));
            series.add(new SeriesInfo("app_queue_" + i + "_depth", SeriesKind.GAUGE, labels));
        }
        return SeriesCatalog.of(series);
    }

    /** Alert-shaped expressions in six shapes, each over different metrics. */
    private static List<String> expressions() {
        List<String> out = new ArrayList<>(EXPRESSIONS);
        for (int i = 0; out.size() < EXPRESSIONS; i++) {
            int m = i % METRICS;
            out.add(switch (i % 6) {
                case 0 -> "sum by (job) (rate(app_requests_" + m + "_total{status=~\"5..\"}[5m]))"
                        + " / sum by (job) (rate(app_requests_" + m + "_total[5m])) > 0.05";
                case 1 -> "histogram_quantile(0.95, sum by (le, job) (rate(app_latency_" + m
                        + "_seconds_bucket[5m]))) > 1";
                case 2 -> "avg_over_time(app_queue_" + m + "_depth{job=\"worker\"}[10m]) > 100";
                case 3 -> "predict_linear(app_queue_" + m + "_depth[1h], 4 * 3600) > 1000";
                case 4 -> "sum without (instance) (increase(app_requests_" + m + "_total[1h])) < 1"
                        + " and on (job) sum by (job) (rate(app_requests_" + m + "_total[1h] offset 1d)) > 10";
                default -> "max by (job, route) (rate(app_requests_" + m + "_total{route!=\"/health\"}[5m]))"
                        + " > 3 * max by (job, route) (rate(app_requests_" + m + "_total[5m] offset 1w))";
            });
        }
        return out;
    }
}
