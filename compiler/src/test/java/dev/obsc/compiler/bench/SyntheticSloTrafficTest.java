package dev.obsc.compiler.bench;

import dev.obsc.compiler.tools.ExternalTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rule-evaluation benchmark's inputs: the SLOs read from generated rule files, the OpenMetrics
 * file promtool backfills (format, monotonic counters, base recordings consistent with them) and the
 * naive rules promtool accepts.
 */
class SyntheticSloTrafficTest {
    private static final Pattern SAMPLE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*\\}) (\\S+) (\\d+)");
    private static final int STEP = 60;
    private static final int POINTS = 1_441; // one day

    @TempDir
    Path dir;

    @Test
    void readsTheSlosFromTheBaseRecordingsOfRuleFilesOnly() throws IOException {
        List<SloSource> sources = sources();
        assertEquals(List.of("slo-0", "slo-100"), sources.stream().map(SloSource::slo).toList());
        SloSource slo = sources.get(0);
        assertEquals("svc0_requests_total", slo.metric());
        assertEquals(List.of("job"), slo.byLabels());
        assertEquals(Map.of("job", "op0", "service", "svc0", "slo", "slo-0"), slo.recordLabels());
        assertTrue(slo.isBad(Map.of("job", "op0", "status", "503")));
        assertTrue(!slo.isBad(Map.of("job", "op0", "status", "404")) && slo.isCounted(Map.of("job", "op0", "status", "404")));
    }

    @Test
    void writesOpenMetricsWithMonotonicCountersAndFamiliesInOnePiece() throws IOException {
        String text = write(sources());
        String[] lines = text.split("\n");
        assertEquals("# EOF", lines[lines.length - 1]);
        Set<String> families = new HashSet<>();
        String family = null;
        Map<String, long[]> lastBySeries = new LinkedHashMap<>(); // value, timestamp
        for (String line : List.of(lines).subList(0, lines.length - 1)) {
            if (line.startsWith("# TYPE ")) {
                family = line.split(" ")[2];
                assertTrue(families.add(family), "family " + family + " appears twice");
                continue;
            }
            Matcher sample = SAMPLE.matcher(line);
            assertTrue(sample.matches(), "not an OpenMetrics sample: " + line);
            assertTrue(sample.group(1).startsWith(family), line + " outside its family " + family);
            String series = sample.group(1) + sample.group(2);
            long timestamp = Long.parseLong(sample.group(4));
            long[] last = lastBySeries.get(series);
            if (series.endsWith("_total" + sample.group(2))) {
                long value = Long.parseLong(sample.group(3));
                assertTrue(last == null || (value >= last[0] && timestamp == last[1] + STEP), "counter goes back: " + line);
                lastBySeries.put(series, new long[] {value, timestamp});
            } else {
                assertTrue(last == null || timestamp == last[1] + STEP, "series out of order: " + line);
                lastBySeries.put(series, new long[] {0, timestamp});
            }
        }
        assertEquals(2 * 3 + 2 * 2, lastBySeries.size(), "3 counters and 2 base recordings per SLO");
        assertEquals(text, write(sources()), "the same seed writes the same file");
    }

    @Test
    void baseRecordingsAreTheCountersIncreaseOverFiveMinutes() throws IOException {
        Map<String, Map<Long, Double>> samples = new LinkedHashMap<>();
        for (String line : write(sources()).split("\n")) {
            Matcher sample = SAMPLE.matcher(line);
            if (sample.matches()) {
                samples.computeIfAbsent(sample.group(1) + sample.group(2), k -> new LinkedHashMap<>())
                        .put(Long.parseLong(sample.group(4)), Double.parseDouble(sample.group(3)));
            }
        }
        Map<Long, Double> errors = samples.get("slo:sli_error:rate5m{job=\"op100\",service=\"svc0\",slo=\"slo-100\"}");
        Map<Long, Double> totals = samples.get("slo:sli_total:rate5m{job=\"op100\",service=\"svc0\",slo=\"slo-100\"}");
        Map<Long, Double> failed = samples.get("svc0_requests_total{job=\"op100\",status=\"500\"}");
        Map<Long, Double> ok = samples.get("svc0_requests_total{job=\"op100\",status=\"200\"}");
        Map<Long, Double> notFound = samples.get("svc0_requests_total{job=\"op100\",status=\"404\"}");
        assertEquals(POINTS - 5, errors.size());
        double errorSum = 0;
        for (Map.Entry<Long, Double> error : errors.entrySet()) {
            long t = error.getKey();
            long before = t - SyntheticSloTraffic.RATE_WINDOW_SECONDS;
            assertEquals((failed.get(t) - failed.get(before)) / 300, error.getValue(), 1e-9);
            double total = failed.get(t) - failed.get(before) + ok.get(t) - ok.get(before)
                    + notFound.get(t) - notFound.get(before);
            assertEquals(total / 300, totals.get(t), 1e-9);
            errorSum += error.getValue();
        }
        assertTrue(errorSum > 0, "some requests fail");
    }

    @Test
    void theExporterContinuesTheCountersWhereTheBackfillEnds() throws IOException {
        SyntheticSloTraffic traffic = new SyntheticSloTraffic(sources(), 1_700_000_000L, POINTS, STEP, 7);
        StringWriter backfill = new StringWriter();
        traffic.write(backfill, 600);
        String last = "svc0_requests_total{job=\"op0\",status=\"500\"} ";
        String written = backfill.toString();
        assertTrue(written.contains(" " + traffic.timestamp(599) + "\n"), "the backfill reaches point 599");
        assertTrue(!written.contains(" " + traffic.timestamp(600) + "\n"), "the backfill ends before point 600");
        int lastSample = written.lastIndexOf(last);
        long backfilled = Long.parseLong(written.substring(lastSample + last.length()).split(" ")[0]);
        long scraped599 = scraped(traffic.exposition(traffic.timestamp(599) + 59), last);
        long scraped600 = scraped(traffic.exposition(traffic.timestamp(600)), last);
        assertEquals(backfilled, scraped599, "a scrape within the last backfilled minute sees its value");
        assertEquals(traffic.counters("svc0_requests_total", new TreeMap<>(Map.of("job", "op0")))[2][600],
                scraped600);
        assertTrue(scraped600 >= scraped599, "the counter does not reset");
        assertEquals(traffic.pointAt(traffic.timestamp(600) + 59), 600);
    }

    private static long scraped(String exposition, String series) {
        for (String line : exposition.split("\n")) {
            if (line.startsWith(series)) {
                return Long.parseLong(line.substring(series.length()));
            }
        }
        throw new AssertionError(series + " not in " + exposition);
    }

    @Test
    void naiveRulesReadTheRawCountersOverEveryWindowAndPassPromtool() throws IOException, InterruptedException {
        String rules = NaiveSloRules.ruleFile(sources());
        assertTrue(rules.contains("expr: 'sum by (job) (rate(svc0_requests_total{job=\"op0\", status=~\"5..\"}[30d]))"
                + " / sum by (job) (rate(svc0_requests_total{job=\"op0\"}[30d]))'"), rules);
        assertEquals(2 * NaiveSloRules.WINDOWS.size(), rules.split("- record: ", -1).length - 1);
        Path file = dir.resolve("naive.yml");
        Files.writeString(file, rules);
        ExternalTool.Result check = ExternalTool.run("promtool", "check", "rules", file.toString());
        assertTrue(check.ok(), check.output());
    }

    private static String write(List<SloSource> sources) throws IOException {
        StringWriter out = new StringWriter();
        new SyntheticSloTraffic(sources, 1_700_000_000L, POINTS, STEP, 7).write(out);
        return out.toString();
    }

    /** Two SLOs of one service, as obsc generates them for the SLO benchmark definitions, and a promtool test file. */
    private List<SloSource> sources() throws IOException {
        Path prometheus = Files.createDirectories(dir.resolve("prometheus/slos"));
        List<String> files = new ArrayList<>();
        for (int i : new int[] {0, 100}) {
            String bad = "svc0_requests_total{job=\"op" + i + "\", status=~\"5..\"}";
            String total = "svc0_requests_total{job=\"op" + i + "\"}";
            String labels = "\n        labels:\n          service: svc0\n          slo: slo-" + i + "\n";
            files.add("groups:\n  - name: slo_" + i + "_base\n    interval: 30s\n    rules:\n"
                    + "      - record: slo:sli_error:rate5m\n        expr: 'sum by (job) (rate(" + bad.replace("'", "''")
                    + "[5m])) or sum by (job) (rate(" + total + "[5m])) * 0'" + labels
                    + "      - record: slo:sli_total:rate5m\n        expr: 'sum by (job) (rate(" + total + "[5m]))'" + labels);
            Files.writeString(prometheus.resolve("slo-" + i + ".yml"), files.get(files.size() - 1));
        }
        Files.createDirectories(dir.resolve("prometheus/tests"));
        Files.writeString(dir.resolve("prometheus/tests/slo-0.yml"), "rule_files: [../slos/slo-0.yml]\ntests: []\n");
        List<Path> ruleFiles = GeneratedSloRules.ruleFiles(dir.resolve("prometheus"));
        assertEquals(2, ruleFiles.size(), "the promtool test file is no rule file");
        return GeneratedSloRules.sources(ruleFiles);
    }
}
