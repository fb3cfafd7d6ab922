package dev.obsc.compiler.bench;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Deterministic synthetic traffic for the SLOs of the rule-evaluation benchmark, written as an
 * OpenMetrics file for {@code promtool tsdb create-blocks-from openmetrics}.
 *
 * <p>Each SLO's total selector fixes an operation (e.g. {@code svc3_requests_total{job="op3"}});
 * the operation gets one counter per {@link #STATUSES status}, with a diurnal request rate, a small
 * baseline of 5xx errors and a few incidents, from a random generator seeded by the fixed seed and
 * the operation. Next to the raw counters the file holds the base recordings the generated long
 * windows read, {@code slo:sli_error:rate5m} and {@code slo:sli_total:rate5m}, with exactly the
 * labels the generated base rules give them, computed from the same counters: the increase over the
 * last 5 minutes divided by 300 s (what {@code rate} estimates, without its extrapolation). The
 * points after the file's end are served live by {@link #exposition}, for prometheus to scrape.
 */
final class SyntheticSloTraffic {
    static final String STATUS = "status";
    static final List<String> STATUSES = List.of("200", "404", "500");
    static final int RATE_WINDOW_SECONDS = 300;

    private final List<SloSource> sources;
    private final long firstSecond;
    private final int points;
    private final int stepSeconds;
    private final long seed;
    /** Operations by metric, each by its key (metric and fixed labels), for a stable order. */
    private final SortedMap<String, SortedMap<String, SortedMap<String, String>>> operations = new TreeMap<>();
    /** The counters {@link #exposition} serves, computed once per operation. */
    private final Map<String, long[][]> liveCounters = new ConcurrentHashMap<>();

    /**
     * @param firstSecond the first sample's Unix time in seconds
     * @param points      samples per series
     * @param stepSeconds the distance between samples; must divide {@link #RATE_WINDOW_SECONDS}
     */
    SyntheticSloTraffic(List<SloSource> sources, long firstSecond, int points, int stepSeconds, long seed) {
        if (stepSeconds <= 0 || RATE_WINDOW_SECONDS % stepSeconds != 0 || points <= RATE_WINDOW_SECONDS / stepSeconds) {
            throw new IllegalArgumentException("the step must divide 5m, and the series must be longer than 5m");
        }
        this.sources = List.copyOf(sources);
        this.firstSecond = firstSecond;
        this.points = points;
        this.stepSeconds = stepSeconds;
        this.seed = seed;
        for (SloSource source : sources) {
            operations.computeIfAbsent(source.metric(), metric -> new TreeMap<>())
                    .put(key(source.metric(), source.seriesLabels()), source.seriesLabels());
        }
    }

    /** Raw series plus two base recordings per SLO. */
    long seriesCount() {
        long raw = operations.values().stream().mapToLong(Map::size).sum() * STATUSES.size();
        return raw + 2L * sources.size();
    }

    /** The samples {@code write(out, end)} writes. */
    long sampleCount(int end) {
        long recordingPoints = Math.max(0, end - RATE_WINDOW_SECONDS / stepSeconds);
        return (seriesCount() - 2L * sources.size()) * end + 2L * sources.size() * recordingPoints;
    }

    /** Writes the whole file: one family after the other, each series' samples in time order, then # EOF. */
    void write(Writer out) throws IOException {
        write(out, points);
    }

    /** Writes the samples of the points before {@code end} (the rest is for {@link #exposition} to serve live). */
    void write(Writer out, int end) throws IOException {
        for (Map.Entry<String, SortedMap<String, SortedMap<String, String>>> family : operations.entrySet()) {
            String metric = family.getKey();
            out.write("# TYPE " + familyName(metric) + (metric.endsWith("_total") ? " counter\n" : " unknown\n"));
            for (SortedMap<String, String> labels : family.getValue().values()) {
                long[][] counters = counters(metric, labels);
                for (int s = 0; s < STATUSES.size(); s++) {
                    String series = metric + labelSet(withStatus(labels, STATUSES.get(s))) + ' ';
                    for (int p = 0; p < end; p++) {
                        out.write(series + counters[s][p] + ' ' + timestamp(p) + '\n');
                    }
                }
            }
        }
        writeRecordings(out, GeneratedSloRules.ERROR_BASE, true, end);
        writeRecordings(out, GeneratedSloRules.TOTAL_BASE, false, end);
        out.write("# EOF\n");
    }

    /**
     * The raw counters as a scrape at {@code second} sees them, in the Prometheus text format: the
     * value of the latest point not after it (the last point's beyond the data), so a prometheus
     * scraping this continues the backfilled series without a reset.
     */
    String exposition(long second) {
        int point = (int) Math.max(0, Math.min(points - 1, (second - firstSecond) / stepSeconds));
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, SortedMap<String, SortedMap<String, String>>> family : operations.entrySet()) {
            String metric = family.getKey();
            text.append("# TYPE ").append(metric).append(metric.endsWith("_total") ? " counter\n" : " untyped\n");
            for (SortedMap<String, String> labels : family.getValue().values()) {
                long[][] counters = liveCounters.computeIfAbsent(key(metric, labels), k -> counters(metric, labels));
                for (int s = 0; s < STATUSES.size(); s++) {
                    text.append(metric).append(labelSet(withStatus(labels, STATUSES.get(s)))).append(' ')
                            .append(counters[s][point]).append('\n');
                }
            }
        }
        return text.toString();
    }

    /** The index of the latest point not after {@code second}. */
    int pointAt(long second) {
        return (int) ((second - firstSecond) / stepSeconds);
    }

    private void writeRecordings(Writer out, String name, boolean badOnly, int end) throws IOException {
        out.write("# TYPE " + name + " gauge\n");
        int window = RATE_WINDOW_SECONDS / stepSeconds;
        for (SloSource source : sources) {
            long[] sum = summedCounters(source, badOnly);
            String series = name + labelSet(source.recordLabels()) + ' ';
            for (int p = window; p < end; p++) {
                double rate = (sum[p] - sum[p - window]) / (double) RATE_WINDOW_SECONDS;
                out.write(series + Double.toString(rate) + ' ' + timestamp(p) + '\n');
            }
        }
    }

    /** The sum of the counters the SLO counts (its bad ones only, if {@code badOnly}), per point. */
    private long[] summedCounters(SloSource source, boolean badOnly) {
        long[] sum = new long[points];
        for (SortedMap<String, String> labels : operations.get(source.metric()).values()) {
            long[][] counters = null;
            for (int s = 0; s < STATUSES.size(); s++) {
                Map<String, String> series = withStatus(labels, STATUSES.get(s));
                if (!source.isCounted(series) || (badOnly && !source.isBad(series))) {
                    continue;
                }
                counters = counters == null ? counters(source.metric(), labels) : counters;
                for (int p = 0; p < points; p++) {
                    sum[p] += counters[s][p];
                }
            }
        }
        return sum;
    }

    /** The counter values of one operation, per {@link #STATUSES status} and point; the same for the same seed. */
    long[][] counters(String metric, SortedMap<String, String> labels) {
        SplittableRandom random = new SplittableRandom(seed ^ (key(metric, labels).hashCode() * 0x9E3779B97F4A7C15L));
        double perStep = (20 + random.nextInt(400)) * stepSeconds / 60.0;
        double phase = random.nextDouble() * 2 * Math.PI;
        double baselineErrors = 0.0002 + random.nextDouble() * 0.002;
        double[] errorRatio = new double[points];
        Arrays.fill(errorRatio, baselineErrors);
        int incidents = Math.max(1, (int) ((long) points * stepSeconds / (7 * 86_400)));
        for (int i = 0; i < incidents; i++) {
            int start = random.nextInt(points);
            int length = (600 + random.nextInt(10_200)) / stepSeconds + 1;
            double ratio = 0.01 + random.nextDouble() * 0.2;
            for (int p = start; p < Math.min(points, start + length); p++) {
                errorRatio[p] = ratio;
            }
        }
        long[][] counters = new long[STATUSES.size()][points];
        long ok = random.nextInt(1_000_000);
        long notFound = ok / 50;
        long failed = 0;
        for (int p = 0; p < points; p++) {
            double daily = 1 + 0.4 * Math.sin(2 * Math.PI * (timestamp(p) % 86_400) / 86_400.0 + phase);
            long total = Math.round(perStep * daily * (0.9 + 0.2 * random.nextDouble()));
            long bad = Math.min(total, (long) (total * errorRatio[p] + random.nextDouble()));
            long missing = Math.min(total - bad, (long) (total * 0.02 + random.nextDouble()));
            ok += total - bad - missing;
            notFound += missing;
            failed += bad;
            counters[0][p] = ok;
            counters[1][p] = notFound;
            counters[2][p] = failed;
        }
        return counters;
    }

    long timestamp(int point) {
        return firstSecond + (long) point * stepSeconds;
    }

    /** OpenMetrics names a counter family without its _total suffix. */
    private static String familyName(String metric) {
        return metric.endsWith("_total") ? metric.substring(0, metric.length() - "_total".length()) : metric;
    }

    private static SortedMap<String, String> withStatus(Map<String, String> labels, String status) {
        SortedMap<String, String> series = new TreeMap<>(labels);
        series.put(STATUS, status);
        return series;
    }

    private static String key(String metric, Map<String, String> labels) {
        return metric + labelSet(labels);
    }

    static String labelSet(Map<String, String> labels) {
        List<String> pairs = new ArrayList<>();
        labels.forEach((name, value) -> pairs.add(name + "=\"" + value.replace("\\", "\\\\").replace("\"", "\\\"")
                .replace("\n", "\\n") + '"'));
        return pairs.isEmpty() ? "" : "{" + String.join(",", pairs) + "}";
    }
}
