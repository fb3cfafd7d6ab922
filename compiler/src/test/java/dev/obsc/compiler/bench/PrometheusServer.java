package dev.obsc.compiler.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.obsc.compiler.tools.ExternalTool;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code prometheus} on 127.0.0.1 for the rule-evaluation benchmark. It never outlives the
 * benchmark: {@link #close()} stops it, a shutdown hook stops it if the JVM exits first, and
 * coreutils' {@code timeout} ends it if the JVM is killed outright.
 */
final class PrometheusServer implements AutoCloseable {
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final long READY_TIMEOUT_MILLIS = 120_000;

    static {
        // The server first: killing timeout, its parent, would leave it running.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(PrometheusServer::kill),
                "bench-prometheus-reaper"));
    }

    private final Process process;
    private final Path log;
    private final String url;

    private PrometheusServer(Process process, Path log, String url) {
        this.process = process;
        this.log = log;
        this.url = url;
    }

    /** Starts prometheus with {@code flags} (besides its listen address) and waits until it is ready. */
    static PrometheusServer start(List<String> flags, Path log, Duration maxLifetime)
            throws IOException, InterruptedException {
        String address = "127.0.0.1:" + freePort();
        List<String> command = new ArrayList<>(List.of(ExternalTool.locate("timeout"), "--kill-after=5s",
                maxLifetime.toSeconds() + "s", ExternalTool.locate("prometheus"), "--web.listen-address=" + address));
        command.addAll(flags);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        RUNNING.add(process);
        PrometheusServer server = new PrometheusServer(process, log, "http://" + address);
        try {
            server.awaitReady();
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    JsonNode getJson(String path) throws IOException, InterruptedException {
        return JSON.readTree(get(path));
    }

    String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url + path))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + ": HTTP " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** The end of the server's log, to explain a failure. */
    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Asks the server (and timeout, its parent) to stop, then forces it; returns once they are gone. */
    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                kill(process);
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
        } finally {
            if (!process.isAlive()) {
                RUNNING.remove(process);
            }
        }
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private void awaitReady() throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + READY_TIMEOUT_MILLIS;
        while (true) {
            try {
                get("/-/ready");
                return;
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    throw new IOException("prometheus exited at start:\n" + logTail());
                }
                if (System.currentTimeMillis() > deadline) {
                    throw new IOException("prometheus not ready within " + READY_TIMEOUT_MILLIS / 1000 + " s:\n"
                            + logTail());
                }
                Thread.sleep(200);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
