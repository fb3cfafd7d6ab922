package dev.obsc.compiler.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.obsc.compiler.tools.ManagedProcess;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A real {@code prometheus} on 127.0.0.1 for the rule-evaluation benchmark, run as a
 * {@link ManagedProcess} so it never outlives the benchmark.
 */
final class PrometheusServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final long READY_TIMEOUT_MILLIS = 120_000;

    private final ManagedProcess process;
    private final String url;

    private PrometheusServer(ManagedProcess process, String url) {
        this.process = process;
        this.url = url;
    }

    /** Starts prometheus with {@code flags} (besides its listen address) and waits until it is ready. */
    static PrometheusServer start(List<String> flags, Path log, Duration maxLifetime)
            throws IOException, InterruptedException {
        String address = "127.0.0.1:" + freePort();
        List<String> args = new ArrayList<>(List.of("--web.listen-address=" + address));
        args.addAll(flags);
        PrometheusServer server = new PrometheusServer(ManagedProcess.start(List.of("prometheus"), args, log,
                maxLifetime), "http://" + address);
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
        return process.logTail();
    }

    @Override
    public void close() {
        process.close();
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
