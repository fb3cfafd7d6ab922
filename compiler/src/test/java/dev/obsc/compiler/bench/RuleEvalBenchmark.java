package dev.obsc.compiler.bench;

import dev.obsc.compiler.tools.ExternalTool;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Live rule-evaluation benchmark ({@code make bench-eval}): the SLO rules {@code obsc generate} wrote
 * against the naive form, each on a real prometheus over the same synthetic data.
 *
 * <p>Usage: {@code RuleEvalBenchmark OUTPUT_DIR WORK_DIR [ROUNDS]}, where OUTPUT_DIR is what obsc
 * generated (every rule file under its {@code prometheus/} is loaded) and ROUNDS is how many
 * evaluations of every group to wait for (default 3; the first is left out of the means).
 *
 * <p>Each run backfills the 30 days up to its start (raw counters and the base recordings), then
 * prometheus scrapes the same counters live from a {@link SyntheticExporter} every minute, so the
 * rules read complete, fresh windows and write in order after the backfilled blocks.
 */
public final class RuleEvalBenchmark {
    private static final Duration PERIOD = Duration.ofDays(30);
    private static final int STEP_SECONDS = 60;
    private static final long SEED = 20_261_129L;
    /** Long enough that promtool writes the 30 days as one or two blocks, not 360 two-hour ones. */
    private static final String BLOCK_DURATION = "744h";
    /** The slowest generated groups are evaluated every 5 minutes, at an offset within their interval. */
    private static final Duration SLOWEST_INTERVAL = Duration.ofMinutes(5);

    private RuleEvalBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: RuleEvalBenchmark OUTPUT_DIR WORK_DIR [ROUNDS]");
        }
        Path output = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        List<Path> ruleFiles = GeneratedSloRules.ruleFiles(output.resolve("prometheus"));
        List<SloSource> sources = GeneratedSloRules.sources(ruleFiles);
        deleteTree(work);
        Files.createDirectories(work);

        Duration runTimeout = SLOWEST_INTERVAL.multipliedBy(rounds + 1L);
        long now = Instant.now().getEpochSecond();
        // The 30d window at the first evaluation must be full, and so must the 5m rates at its start;
        // the points after each run's start are scraped live, for as long as both runs may take.
        long first = now - now % STEP_SECONDS - PERIOD.toSeconds() - 2L * SyntheticSloTraffic.RATE_WINDOW_SECONDS;
        long last = now + 2 * runTimeout.toSeconds() + Duration.ofMinutes(10).toSeconds();
        SyntheticSloTraffic traffic = new SyntheticSloTraffic(sources, first,
                (int) ((last - first) / STEP_SECONDS) + 1, STEP_SECONDS, SEED);
        System.out.printf(Locale.ROOT, "data: %d SLOs, %,d series over %dd at a %d s step%n", sources.size(),
                traffic.seriesCount(), PERIOD.toDays(), STEP_SECONDS);

        Path naive = work.resolve("naive.yml");
        Files.writeString(naive, NaiveSloRules.ruleFile(sources), StandardCharsets.UTF_8);
        List<RunFigures> runs = new ArrayList<>();
        runs.add(run("generated", ruleFiles, traffic, work, rounds, runTimeout));
        runs.add(run("naive", List.of(naive), traffic, work, rounds, runTimeout));
        System.out.println();
        System.out.println(RunFigures.header());
        runs.forEach(r -> System.out.println(r.row()));
        runs.forEach(r -> System.out.println(r.byInterval()));
    }

    private static RunFigures run(String name, List<Path> ruleFiles, SyntheticSloTraffic traffic, Path work,
                                  int rounds, Duration timeout) throws IOException, InterruptedException {
        Path dir = work.resolve(name);
        Path data = dir.resolve("data");
        Files.createDirectories(dir);
        System.out.printf(Locale.ROOT, "%n== %s: %d rule files%n", name, ruleFiles.size());
        backfill(traffic, traffic.pointAt(Instant.now().getEpochSecond()) + 1, dir, data);
        try (SyntheticExporter exporter = SyntheticExporter.start(traffic)) {
            Path config = dir.resolve("prometheus.yml");
            Files.writeString(config, config(ruleFiles, exporter.address()), StandardCharsets.UTF_8);
            // Identical flags for both runs; no compaction, so the server does nothing besides scraping
            // one small target and evaluating rules.
            List<String> flags = List.of("--config.file=" + config, "--storage.tsdb.path=" + data,
                    "--storage.tsdb.retention.time=60d", "--storage.tsdb.min-block-duration=2h",
                    "--storage.tsdb.max-block-duration=2h", "--log.level=warn");
            System.out.printf(Locale.ROOT, "waiting for %d evaluations of every group%n", rounds);
            long started = System.nanoTime();
            try (PrometheusServer server = PrometheusServer.start(flags, dir.resolve("prometheus.log"),
                    timeout.plusMinutes(5))) {
                List<GroupEvaluations> groups = RuleEvaluationWatch.await(server, rounds, timeout);
                RunFigures figures = new RunFigures(name, groups, outputSamples(server.get("/metrics")),
                        server.getJson("/api/v1/status/tsdb").path("data").path("headStats").path("numSeries")
                                .asLong());
                System.out.printf(Locale.ROOT, "%s: done in %d s; load average at the end: %s%n", name,
                        TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started), loadAverage());
                return figures;
            }
        }
    }

    /**
     * Every rule file; the synthetic counters scraped every minute (their own job label kept, the
     * instance label dropped, so they continue the backfilled series).
     */
    private static String config(List<Path> ruleFiles, String exporter) {
        StringBuilder yaml = new StringBuilder("global:\n  scrape_interval: 1m\n  evaluation_interval: 1m\n"
                + "rule_files:\n");
        ruleFiles.forEach(file -> yaml.append("  - '").append(file.toAbsolutePath()).append("'\n"));
        yaml.append("scrape_configs:\n  - job_name: synthetic\n    honor_labels: true\n    static_configs:\n")
                .append("      - targets: ['").append(exporter).append("']\n")
                .append("    metric_relabel_configs:\n      - action: labeldrop\n        regex: instance\n");
        return yaml.toString();
    }

    private static void backfill(SyntheticSloTraffic traffic, int end, Path dir, Path data)
            throws IOException, InterruptedException {
        Path openMetrics = dir.resolve("synthetic.om");
        long started = System.nanoTime();
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(openMetrics, StandardCharsets.UTF_8), 1 << 20)) {
            traffic.write(out, end);
        }
        long written = System.nanoTime();
        Path log = dir.resolve("promtool.log");
        Process promtool = new ProcessBuilder(ExternalTool.locate("promtool"), "tsdb", "create-blocks-from",
                "openmetrics", "--quiet", "--max-block-duration=" + BLOCK_DURATION, openMetrics.toString(),
                data.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (promtool.waitFor() != 0) {
                throw new IOException("promtool tsdb create-blocks-from openmetrics failed:\n" + Files.readString(log));
            }
        } finally {
            promtool.destroyForcibly();
        }
        System.out.printf(Locale.ROOT, "backfilled %,d samples: %,d bytes of OpenMetrics written in %.1f s,"
                        + " promtool took %.1f s%n", traffic.sampleCount(end), Files.size(openMetrics),
                (written - started) / 1e9, (System.nanoTime() - written) / 1e9);
        Files.delete(openMetrics);
    }

    /** The machine's load (1, 5, 15 minutes): other work on the same cores slows the evaluations. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long outputSamples(String metrics) {
        long samples = 0;
        for (String line : metrics.split("\n")) {
            if (line.startsWith("prometheus_rule_group_last_evaluation_samples{")) {
                samples += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return samples;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
