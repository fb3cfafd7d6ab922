package dev.obsc.compiler.promql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsc.compiler.promql.PromQLDiagnostic.Code;
import dev.obsc.compiler.promql.PromQLDiagnostic.Severity;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each diagnostic fires on a bad expression and stays silent on the corrected one. */
class TypeCheckerTest {

    private static final SeriesCatalog CATALOG = SeriesCatalog.of(List.of(
            SeriesInfo.of("http_requests_total", SeriesKind.COUNTER, "job", "instance", "code", "method"),
            SeriesInfo.of("http_request_duration_seconds_bucket", SeriesKind.HISTOGRAM_BUCKET, "job", "instance", "route"),
            SeriesInfo.of("http_request_duration_seconds_sum", SeriesKind.HISTOGRAM_SUM, "job", "instance", "route"),
            SeriesInfo.of("http_request_duration_seconds_count", SeriesKind.HISTOGRAM_COUNT, "job", "instance", "route"),
            SeriesInfo.of("queue_length", SeriesKind.GAUGE, "job", "instance", "queue"),
            SeriesInfo.of("up", SeriesKind.GAUGE, "job", "instance"),
            SeriesInfo.of("build_info", SeriesKind.GAUGE, "job", "instance", "version", "team"),
            SeriesInfo.of("job:http_requests:rate5m", SeriesKind.RECORDED, "job")));

    private static final Duration SCRAPE_INTERVAL = Duration.ofSeconds(30);

    private static CheckResult check(String source, CheckOptions options) {
        return PromQL.check(source, CATALOG, options.withScrapeInterval(SCRAPE_INTERVAL));
    }

    private static List<Code> codes(String source, CheckOptions options) {
        return check(source, options).diagnostics().stream().map(PromQLDiagnostic::code).collect(Collectors.toList());
    }

    private static void assertFires(Code code, String bad, String good, CheckOptions options) {
        assertTrue(codes(bad, options).contains(code), () -> code + " should fire on " + bad + ": " + check(bad, options).diagnostics());
        assertEquals(List.of(), check(good, options).diagnostics(), () -> "no diagnostic expected on " + good);
    }

    private static void assertFires(Code code, String bad, String good) {
        assertFires(code, bad, good, CheckOptions.query());
    }

    @Test
    void syntaxError() {
        CheckResult result = check("sum(rate(http_requests_total[5m])", CheckOptions.query());
        PromQLDiagnostic diagnostic = result.diagnostics().get(0);
        assertEquals(Code.SYNTAX_ERROR, diagnostic.code());
        assertEquals("PROMQL001", diagnostic.code().id());
        assertEquals(33, diagnostic.span().start());
        assertFires(Code.SYNTAX_ERROR, "sum(rate(http_requests_total[5m])", "sum(rate(http_requests_total[5m]))");
    }

    @Test
    void unknownMetricWithSuggestion() {
        CheckResult result = check("rate(http_request_total[5m])", CheckOptions.query());
        PromQLDiagnostic diagnostic = result.diagnostics().get(0);
        assertEquals(Code.UNKNOWN_METRIC, diagnostic.code());
        assertTrue(diagnostic.message().contains("did you mean 'http_requests_total'?"), diagnostic.message());
        assertEquals(Span.of(5, 23), diagnostic.span());
        assertEquals("PROMQL002 error: unknown metric 'http_request_total'; did you mean 'http_requests_total'?\n"
                + "  rate(http_request_total[5m])\n"
                + "       ^^^^^^^^^^^^^^^^^^", diagnostic.render("rate(http_request_total[5m])"));
        assertFires(Code.UNKNOWN_METRIC, "rate(http_request_total[5m])", "rate(http_requests_total[5m])");
        assertFires(Code.UNKNOWN_METRIC, "{__name__=\"nope\"}", "{__name__=\"up\"}");
    }

    @Test
    void unknownLabelsEverywhereTheyAppear() {
        assertFires(Code.UNKNOWN_LABEL, "up{jbo=\"api\"}", "up{job=\"api\"}");
        assertFires(Code.UNKNOWN_LABEL, "sum by (jbo) (up)", "sum by (job) (up)");
        assertFires(Code.UNKNOWN_LABEL, "sum without (queue) (up)", "sum without (instance) (up)");
        assertFires(Code.UNKNOWN_LABEL, "up * on(queue) queue_length", "up * on(job, instance) queue_length");
        assertFires(Code.UNKNOWN_LABEL, "up * ignoring(route) queue_length", "up * ignoring(queue) group_left queue_length");
        assertFires(Code.UNKNOWN_LABEL, "up * on(job) group_left(owner) build_info",
                "up * on(job) group_left(team) build_info");
        assertFires(Code.UNKNOWN_LABEL, "sum by (code) (sum by (job) (rate(http_requests_total[5m])))",
                "sum by (job) (sum by (job, code) (rate(http_requests_total[5m])))");
        assertTrue(check("up{jbo=\"x\"}", CheckOptions.query()).diagnostics().get(0).message()
                .contains("did you mean 'job'?"));
    }

    @Test
    void wrongArgumentCount() {
        assertFires(Code.WRONG_ARGUMENT_COUNT, "rate(http_requests_total[5m], 1)", "rate(http_requests_total[5m])");
        assertFires(Code.WRONG_ARGUMENT_COUNT, "clamp(up, 0)", "clamp(up, 0, 1)");
        assertFires(Code.WRONG_ARGUMENT_COUNT, "label_join(up, \"a\")", "label_join(up, \"a\", \",\")");
        assertFires(Code.WRONG_ARGUMENT_COUNT, "hour(up, up)", "hour(up)");
        assertEquals("round() takes 1 or 2 arguments, got 3",
                check("round(up, 1, 2)", CheckOptions.query()).diagnostics().get(0).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "rate(http_requests_total)", "abs(http_requests_total[5m])", "histogram_quantile(up, up)", "vector(up)",
        "label_replace(up, 1, \"a\", \"b\", \"c\")", "topk(\"5\", up)", "count_values(1, up)", "sum(up[5m])",
        "1 > 2", "up and 1", "1 + on(job) 2", "-up[5m]", "up[5m] + 1", "\"a\" + 1", "(up + up)[5m:][5m:]",
        "scalar(up[5m])"})
    void wrongTypes(String bad) {
        assertTrue(codes(bad, CheckOptions.query()).contains(Code.WRONG_TYPE), () -> bad + ": " + codes(bad, CheckOptions.query()));
    }

    @Test
    void wrongTypeSilentWhenCorrect() {
        for (String good : List.of("rate(http_requests_total[5m])", "histogram_quantile(0.9, rate(http_request_duration_seconds_bucket[5m]))",
                "vector(1)", "topk(5, up)", "count_values(\"v\", up)", "1 > bool 2", "up and up", "-up", "(up + up)[5m:1m]",
                "scalar(up)", "time() - 60", "max_over_time((up > 0)[1h:5m])")) {
            assertEquals(List.of(), check(good, CheckOptions.query()).diagnostics(), good);
        }
        assertTrue(check("rate(http_requests_total)", CheckOptions.query()).diagnostics().get(0).message()
                .contains("add a range such as [5m]"));
    }

    @Test
    void rateOfNonCounter() {
        assertFires(Code.RATE_OF_NON_COUNTER, "rate(queue_length[5m])", "deriv(queue_length[5m])");
        assertFires(Code.RATE_OF_NON_COUNTER, "increase(up[1h])", "increase(http_requests_total[1h])");
        assertFires(Code.RATE_OF_NON_COUNTER, "irate(queue_length[5m])", "irate(http_request_duration_seconds_count[5m])");
        assertFires(Code.RATE_OF_NON_COUNTER, "resets(queue_length[1h])", "resets(http_requests_total[1h])");
        assertFires(Code.RATE_OF_NON_COUNTER, "rate(rate(http_requests_total[5m])[10m:1m])",
                "rate(sum(http_requests_total)[10m:1m])");
        // A recorded series may be anything; no false positives.
        assertEquals(List.of(), codes("rate(job:http_requests:rate5m[5m])", CheckOptions.query()));
    }

    @Test
    void bareCounterComparedOrReturned() {
        assertFires(Code.BARE_COUNTER, "http_requests_total > 100", "rate(http_requests_total[5m]) > 100");
        assertFires(Code.BARE_COUNTER, "sum by (job) (http_requests_total)", "sum by (job) (increase(http_requests_total[1h]))");
        assertFires(Code.BARE_COUNTER, "http_requests_total * 2", "http_requests_total / http_requests_total");
        CheckResult result = check("http_requests_total > 100", CheckOptions.query());
        assertTrue(result.diagnostics().stream().allMatch(d -> d.severity() == Severity.WARNING));
        assertFalse(result.hasErrors());
    }

    @Test
    void histogramQuantileNeedsBuckets() {
        assertFires(Code.HISTOGRAM_QUANTILE_NOT_BUCKETS,
                "histogram_quantile(0.9, rate(http_request_duration_seconds_sum[5m]))",
                "histogram_quantile(0.9, rate(http_request_duration_seconds_bucket[5m]))");
        assertFires(Code.HISTOGRAM_QUANTILE_NOT_BUCKETS, "histogram_quantile(0.9, queue_length)",
                "histogram_quantile(0.9, sum by (le, job) (rate(http_request_duration_seconds_bucket[5m])))");
    }

    @Test
    void histogramQuantileNeedsLe() {
        assertFires(Code.HISTOGRAM_QUANTILE_WITHOUT_LE,
                "histogram_quantile(0.9, sum(rate(http_request_duration_seconds_bucket[5m])))",
                "histogram_quantile(0.9, sum by (le) (rate(http_request_duration_seconds_bucket[5m])))");
        assertFires(Code.HISTOGRAM_QUANTILE_WITHOUT_LE,
                "histogram_quantile(0.9, sum by (job) (rate(http_request_duration_seconds_bucket[5m])))",
                "histogram_quantile(0.9, sum without (instance) (rate(http_request_duration_seconds_bucket[5m])))");
        // Also when the catalog does not know the metric: 'without (le)' is remembered.
        List<Code> unknownMetric = codes("histogram_quantile(0.9, sum without (le) (rate(other_bucket[5m])))",
                CheckOptions.query());
        assertTrue(unknownMetric.contains(Code.HISTOGRAM_QUANTILE_WITHOUT_LE), unknownMetric::toString);
    }

    @Test
    void rangeShorterThanFourScrapeIntervals() {
        assertFires(Code.RANGE_TOO_SHORT, "rate(http_requests_total[1m])", "rate(http_requests_total[2m])");
        PromQLDiagnostic diagnostic = check("rate(http_requests_total[1m])", CheckOptions.query()).diagnostics().get(0);
        assertEquals(Severity.WARNING, diagnostic.severity());
        assertTrue(diagnostic.message().contains("use at least [2m]"), diagnostic.message());
        // Without a scrape interval there is nothing to compare with.
        assertEquals(List.of(), PromQL.check("rate(http_requests_total[1m])", CATALOG, CheckOptions.query()).diagnostics());
    }

    @Test
    void recordingRuleMustNotFilter() {
        CheckOptions rule = CheckOptions.recordingRule();
        assertFires(Code.RECORDING_RULE_FILTERS, "sum by (job) (rate(http_requests_total[5m])) > 0",
                "sum by (job) (rate(http_requests_total[5m])) > bool 0", rule);
        assertFires(Code.RECORDING_RULE_FILTERS, "(up == 0)", "up == bool 0", rule);
        // A plain query may filter.
        assertEquals(List.of(), codes("up == 0", CheckOptions.query()));
        assertFires(Code.WRONG_TYPE, "http_requests_total[5m]", "rate(http_requests_total[5m])", rule);
    }

    @Test
    void alertNeedsACondition() {
        CheckOptions alert = CheckOptions.alert();
        assertFires(Code.ALERT_WITHOUT_CONDITION, "sum by (job) (rate(http_requests_total{code=~\"5..\"}[5m]))",
                "sum by (job) (rate(http_requests_total{code=~\"5..\"}[5m])) > 1", alert);
        assertFires(Code.ALERT_WITHOUT_CONDITION, "up == bool 0", "up == 0", alert);
        assertFires(Code.ALERT_WITHOUT_CONDITION, "up or queue_length > 5", "up == 0 or queue_length > 5", alert);
        for (String condition : List.of("absent(up{job=\"api\"})", "absent_over_time(up[5m])", "up and on(job) build_info",
                "up unless on(job) build_info", "(queue_length > 10)", "max by (job) (queue_length > 10)")) {
            assertEquals(List.of(), codes(condition, alert), condition);
        }
    }

    @Test
    void resultLabelsForTemplates() {
        assertEquals(List.of("job"), names("sum by (job) (rate(http_requests_total[5m])) > 1"));
        assertEquals(List.of("code", "instance", "method"), names("sum without (job) (rate(http_requests_total[5m]))"));
        assertEquals(List.of("__name__", "instance", "job"), names("up == 0"));
        assertEquals(List.of("instance", "job", "team"), names("up * on(job, instance) group_left(team) build_info"));
        assertEquals(List.of("job"), names("absent(up{job=\"api\"})"));
        assertEquals(List.of("instance", "job", "route"), names(
                "histogram_quantile(0.9, sum without () (rate(http_request_duration_seconds_bucket[5m])))"));
        assertEquals(List.of("job", "service"), names("label_replace(sum by (job) (up), \"service\", \"$1\", \"job\", \"(.*)\")"));
        assertEquals(List.of("job", "v"), names("count_values by (job) (\"v\", up)"));
        assertEquals(List.of("job"), names("up / on(job) build_info"));
        LabelSet labels = check("sum by (job) (up)", CheckOptions.alert()).resultLabels();
        assertTrue(labels.mayContain("job"));
        assertFalse(labels.mayContain("instance"));
        assertTrue(check("unknown_metric > 1", CheckOptions.alert()).resultLabels().mayContain("anything"));
    }

    private static List<String> names(String source) {
        CheckResult result = check(source, CheckOptions.query());
        assertEquals(List.of(), result.diagnostics().stream().filter(PromQLDiagnostic::isError).collect(Collectors.toList()), source);
        assertFalse(result.resultLabels().open(), source);
        return List.copyOf(result.resultLabels().names());
    }

    @Test
    void reportsEveryProblemInOneRun() {
        CheckResult result = check("sum by (jbo) (rate(queue_lenght[1m])) + rate(up[5m])", CheckOptions.query());
        assertEquals(List.of(Code.UNKNOWN_METRIC, Code.RANGE_TOO_SHORT, Code.RATE_OF_NON_COUNTER),
                result.diagnostics().stream().map(PromQLDiagnostic::code).collect(Collectors.toList()));
    }

    @Test
    void checksTheWholeCorpusWithoutCrashing() {
        SeriesCatalog empty = SeriesCatalog.of(List.of());
        for (String source : Corpus.expressions()) {
            CheckResult result = PromQL.check(source, empty, CheckOptions.alert().withScrapeInterval(SCRAPE_INTERVAL));
            assertTrue(result.type().isPresent(), source);
            // The corpus is valid Prometheus: the only errors may come from the empty catalog or the alert role.
            List<Code> typeErrors = result.diagnostics().stream()
                    .filter(d -> d.code() == Code.WRONG_TYPE || d.code() == Code.WRONG_ARGUMENT_COUNT)
                    .filter(d -> !d.message().startsWith("a rule expression"))
                    .map(PromQLDiagnostic::code)
                    .collect(Collectors.toList());
            assertEquals(List.of(), typeErrors, () -> source + ": " + result.diagnostics());
        }
    }
}
