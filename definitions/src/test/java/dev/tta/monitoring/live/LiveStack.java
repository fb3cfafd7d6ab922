package dev.tta.monitoring.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.obsc.compiler.tools.ManagedProcess;
import dev.obsc.model.Metric;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Real Prometheus and Alertmanager on 127.0.0.1 (free ports, a temporary directory for config and
 * data), running the generated configuration as {@link LiveRewrite} adapts it, plus the test's
 * {@link TestEndpoints}. {@link #close()} stops everything; it is safe to call on a half-started stack.
 */
final class LiveStack implements AutoCloseable {
    private static final List<String> PROMETHEUS = List.of("prometheus");
    /** Upstream names the binary alertmanager; Debian's package prometheus-alertmanager. */
    private static final List<String> ALERTMANAGER = List.of("alertmanager", "prometheus-alertmanager");
    private static final long READY_TIMEOUT_MILLIS = 20_000;

    private final Path runDirectory;
    private final TestEndpoints endpoints;
    private final List<String> ruleGroups = new ArrayList<>();
    private final List<ManagedProcess> processes = new ArrayList<>();
    private final String prometheusAddress;
    private final String alertmanagerAddress;

    private LiveStack(Map<String, Metric> catalog) throws IOException {
        runDirectory = Files.createTempDirectory("obsc-live-");
        endpoints = new TestEndpoints(catalog);
        prometheusAddress = "127.0.0.1:" + freePort();
        alertmanagerAddress = "127.0.0.1:" + freePort();
    }

    /**
     * Writes the live configuration from {@code prometheusYml} (its rule files included) and
     * {@code alertmanagerYml} (its directory, for the templates), with {@code faults} applied first,
     * then starts Alertmanager and Prometheus and waits until both are ready.
     */
    static LiveStack start(Path prometheusYml, Path alertmanagerYml, Faults faults, Map<String, Metric> catalog)
            throws IOException, InterruptedException {
        LiveStack stack = new LiveStack(catalog);
        try {
            stack.launch(prometheusYml, alertmanagerYml, faults);
            return stack;
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            stack.close();
            throw e;
        }
    }

    private void launch(Path prometheusYml, Path alertmanagerYml, Faults faults)
            throws IOException, InterruptedException {
        ObjectNode prometheusConfig = LiveRewrite.read(prometheusYml);
        List<Path> ruleFiles = new ArrayList<>();
        for (Path source : ruleFiles(prometheusYml, prometheusConfig)) {
            ObjectNode rules = LiveRewrite.ruleFile(faults.ruleFile().apply(LiveRewrite.read(source)));
            rules.path("groups").forEach(group -> ruleGroups.add(group.path("name").asText()));
            Path copy = runDirectory.resolve("rules").resolve(ruleFiles.size() + "-" + source.getFileName());
            LiveRewrite.write(rules, copy);
            ruleFiles.add(copy);
        }
        Path prometheusLive = runDirectory.resolve("prometheus.yml");
        LiveRewrite.write(LiveRewrite.prometheus(prometheusConfig, ruleFiles,
                new LiveRewrite.Addresses(endpoints, prometheusAddress, alertmanagerAddress)), prometheusLive);

        // The whole directory, so the templates Alertmanager loads relative to its config are there.
        Path alertmanagerDirectory = runDirectory.resolve("alertmanager");
        copyTree(alertmanagerYml.getParent(), alertmanagerDirectory);
        Path alertmanagerLive = alertmanagerDirectory.resolve(alertmanagerYml.getFileName());
        LiveRewrite.write(LiveRewrite.alertmanager(faults.alertmanager().apply(LiveRewrite.read(alertmanagerYml)),
                endpoints.webhookUrl()), alertmanagerLive);

        ManagedProcess alertmanager = ManagedProcess.start(ALERTMANAGER, List.of(
                "--config.file=" + alertmanagerLive,
                "--storage.path=" + runDirectory.resolve("alertmanager-data"),
                "--web.listen-address=" + alertmanagerAddress,
                "--cluster.listen-address=", // no gossip port: a single, local instance
                "--log.level=info"), runDirectory.resolve("alertmanager.log"));
        processes.add(alertmanager);
        ManagedProcess prometheus = ManagedProcess.start(PROMETHEUS, List.of(
                "--config.file=" + prometheusLive,
                "--storage.tsdb.path=" + runDirectory.resolve("prometheus-data"),
                "--web.listen-address=" + prometheusAddress,
                "--rules.alert.resend-delay=1s",
                "--log.level=info"), runDirectory.resolve("prometheus.log"));
        processes.add(prometheus);
        awaitReady(alertmanager, alertmanagerUrl());
        awaitReady(prometheus, prometheusUrl());
    }

    String prometheusUrl() {
        return "http://" + prometheusAddress;
    }

    String alertmanagerUrl() {
        return "http://" + alertmanagerAddress;
    }

    TestEndpoints endpoints() {
        return endpoints;
    }

    /** The rule groups of every rule file Prometheus was given, in file order. */
    List<String> ruleGroups() {
        return List.copyOf(ruleGroups);
    }

    List<Long> pids() {
        return processes.stream().map(ManagedProcess::pid).toList();
    }

    Path runDirectory() {
        return runDirectory;
    }

    /** The end of each server's log, to explain a failure. */
    String logs() {
        StringBuilder logs = new StringBuilder();
        processes.forEach(p -> logs.append("--- ").append(p.name()).append(" log (end):\n").append(p.logTail())
                .append('\n'));
        return logs.toString();
    }

    @Override
    public void close() {
        processes.forEach(ManagedProcess::close);
        endpoints.close();
        try (Stream<Path> files = Files.walk(runDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** prometheus.yml's rule_files, relative to its directory; a pattern may use a glob in its file name. */
    private static List<Path> ruleFiles(Path prometheusYml, ObjectNode config) throws IOException {
        List<Path> files = new ArrayList<>();
        for (JsonNode entry : config.path("rule_files")) {
            Path pattern = prometheusYml.toAbsolutePath().getParent().resolve(entry.asText());
            try (DirectoryStream<Path> matches = Files.newDirectoryStream(pattern.getParent(),
                    pattern.getFileName().toString())) {
                List<Path> sorted = new ArrayList<>();
                matches.forEach(sorted::add);
                sorted.sort(Comparator.naturalOrder());
                if (sorted.isEmpty()) {
                    throw new IOException("rule_files entry " + entry.asText() + " matches no file");
                }
                files.addAll(sorted);
            }
        }
        return files;
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

    private static void awaitReady(ManagedProcess process, String url) throws InterruptedException {
        long deadline = System.currentTimeMillis() + READY_TIMEOUT_MILLIS;
        while (HttpJson.status(url + "/-/ready") != 200) {
            if (!process.isAlive()) {
                throw new AssertionError(process.name() + " exited at start:\n" + process.logTail());
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError(process.name() + " not ready within " + READY_TIMEOUT_MILLIS / 1000
                        + " s:\n" + process.logTail());
            }
            Thread.sleep(100);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
