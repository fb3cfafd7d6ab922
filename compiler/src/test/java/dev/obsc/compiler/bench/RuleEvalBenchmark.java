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
 * against the naive form, each on a real prometheus over the same backfilled synthetic data.
 *
 * <p>Usage: {@code RuleEvalBenchmark OUTPUT_DIR WORK_DIR [ROUNDS]}, where OUTPUT_DIR is what obsc
 * generated (every rule file under its {@code prometheus/} is loaded) and ROUNDS is how many
 * evaluations of every group to wait for (default 3; the first is left out of the means).
 *
 * <p>The data reaches {@link #LEAD} past the start into the future, so every evaluation during the
 * runs reads complete windows; an out-of-order window as long lets Prometheus store the rules'
 * results, which are newer than the backfilled blocks' start of the head but older than their end.
 */
public final class RuleEvalBenchmark {
    private static final Duration PERIOD = Duration.ofDays(30);
    private static final Duration LEAD = Duration.ofMinutes(40);
    private static final int STEP_SECONDS = 60;
    private static final long SEED = 20_261_129L;
    /** Long enough that promtool writes the 30 days as one or two blocks, not 360 two-hour ones. */
    private static final String BLOCK_DURATION = "744h";
    private static final Duration SERVER_LIFETIME = Duration.ofMinutes(30);

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

        long now = Instant.now().getEpochSecond();
        long end = now - now % STEP_SECONDS + LEAD.toSeconds();
        // The 30d window at the first evaluation must be full, and so must the 5m rates at its start.
        long first = now - now % STEP_SECONDS - PERIOD.toSeconds() - 2L * SyntheticSloTraffic.RATE_WINDOW_SECONDS;
        SyntheticSloTraffic traffic = new SyntheticSloTraffic(sources, first,
                (int) ((end - first) / STEP_SECONDS) + 1, STEP_SECONDS, SEED);
        Path blocks = backfill(traffic, work);
        System.out.printf(Locale.ROOT, "data: %d SLOs, %s over %dd (and %d min ahead) at a %d s step%n",
                sources.size(), traffic, PERIOD.toDays(), LEAD.toMinutes(), STEP_SECONDS);

        Path naive = work.resolve("naive.yml");
        Files.writeString(naive, NaiveSloRules.ruleFile(sources), StandardCharsets.UTF_8);
        List<RunFigures> runs = new ArrayList<>();
        runs.add(run("generated", ruleFiles, blocks, work, rounds));
        runs.add(run("naive", List.of(naive), blocks, work, rounds));
        System.out.println();
        System.out.println(RunFigures.header());
        runs.forEach(r -> System.out.println(r.row()));
        runs.forEach(r -> System.out.println(r.byInterval()));
    }

    private static Path backfill(SyntheticSloTraffic traffic, Path work) throws IOException, InterruptedException {
        Path openMetrics = work.resolve("synthetic.om");
        long started = System.nanoTime();
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(openMetrics, StandardCharsets.UTF_8), 1 << 20)) {
            traffic.write(out);
        }
        long written = System.nanoTime();
        Path blocks = work.resolve("blocks");
        Process promtool = new ProcessBuilder(ExternalTool.locate("promtool"), "tsdb", "create-blocks-from",
                "openmetrics", "--quiet", "--max-block-duration=" + BLOCK_DURATION, openMetrics.toString(),
                blocks.toString()).redirectErrorStream(true).redirectOutput(work.resolve("promtool.log").toFile())
                .start();
        try {
            if (promtool.waitFor() != 0) {
                throw new IOException("promtool tsdb create-blocks-from openmetrics failed:\n"
                        + Files.readString(work.resolve("promtool.log")));
            }
        } finally {
            promtool.destroyForcibly();
        }
        System.out.printf(Locale.ROOT, "wrote %,d bytes of OpenMetrics in %.1f s; promtool backfilled them in %.1f s%n",
                Files.size(openMetrics), (written - started) / 1e9, (System.nanoTime() - written) / 1e9);
        Files.delete(openMetrics);
        return blocks;
    }

    private static RunFigures run(String name, List<Path> ruleFiles, Path blocks, Path work, int rounds)
            throws IOException, InterruptedException {
        Path dir = work.resolve(name);
        Path data = dir.resolve("data");
        copyTree(blocks, data);
        Path config = dir.resolve("prometheus.yml");
        StringBuilder yaml = new StringBuilder("global:\n  evaluation_interval: 1m\nrule_files:\n");
        ruleFiles.forEach(file -> yaml.append("  - '").append(file.toAbsolutePath()).append("'\n"));
        yaml.append("storage:\n  tsdb:\n    out_of_order_time_window: ").append(LEAD.toMinutes() + 10).append("m\n");
        Files.writeString(config, yaml, StandardCharsets.UTF_8);
        // Identical flags for both runs; no compaction, so the server does nothing besides evaluating rules.
        List<String> flags = List.of("--config.file=" + config, "--storage.tsdb.path=" + data,
                "--storage.tsdb.retention.time=60d", "--storage.tsdb.min-block-duration=2h",
                "--storage.tsdb.max-block-duration=2h", "--log.level=warn");
        System.out.printf(Locale.ROOT, "%n== %s: %d rule files; waiting for %d evaluations of every group%n", name,
                ruleFiles.size(), rounds);
        long started = System.nanoTime();
        try (PrometheusServer server = PrometheusServer.start(flags, dir.resolve("prometheus.log"), SERVER_LIFETIME)) {
            // The slowest groups evaluate every 5 minutes, at an offset within their interval.
            List<GroupEvaluations> groups = RuleEvaluationWatch.await(server, rounds,
                    Duration.ofMinutes(5L * (rounds + 1)));
            RunFigures figures = new RunFigures(name, groups, outputSamples(server.get("/metrics")),
                    server.getJson("/api/v1/status/tsdb").path("data").path("headStats").path("numSeries").asLong());
            System.out.printf(Locale.ROOT, "%s: done in %d s; load average at the end: %s%n", name,
                    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started), loadAverage());
            return figures;
        }
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

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.sorted().toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
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
