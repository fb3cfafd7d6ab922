package dev.tta.monitoring.live;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.obsc.model.Metric;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The test's side of the live run, on one JDK HTTP server on 127.0.0.1:
 * <ul>
 * <li>{@code /apps/<job>/metrics}: a {@link SyntheticApplication} per TTA.dev job;</li>
 * <li>{@code /stack/<job>/metrics}: a healthy stand-in for a stack component (Grafana, Jaeger, ...)
 *     that a live run does not start, so its "down" alert stays quiet;</li>
 * <li>{@code /alertmanager/webhook}: every receiver's notifications, recorded.</li>
 * </ul>
 */
final class TestEndpoints implements AutoCloseable {
    private static final String APPS = "/apps/";
    private static final String STACK = "/stack/";

    private final HttpServer server;
    private final Map<String, Metric> catalog;
    private final Map<String, SyntheticApplication> applications = new ConcurrentHashMap<>();
    private final WebhookRecorder webhook = new WebhookRecorder();

    TestEndpoints(Map<String, Metric> catalog) throws IOException {
        this.catalog = catalog;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(APPS, exchange -> {
            SyntheticApplication application = application(segment(exchange, APPS));
            if (application.answering()) {
                respond(exchange, application.scrape().text());
            } else {
                try (exchange) {
                    exchange.sendResponseHeaders(503, -1);
                }
            }
        });
        server.createContext(STACK, exchange -> respond(exchange, new Exposition(catalog)
                .family("process_resident_memory_bytes").sample("process_resident_memory_bytes", 50e6).text()));
        server.createContext("/alertmanager/webhook", exchange -> {
            try (exchange) {
                webhook.record(exchange.getRequestBody());
                exchange.sendResponseHeaders(200, -1);
            }
        });
        server.start();
    }

    String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    String applicationPath(String job) {
        return APPS + job + "/metrics";
    }

    String stackComponentPath(String job) {
        return STACK + job + "/metrics";
    }

    String webhookUrl() {
        return "http://" + address() + "/alertmanager/webhook";
    }

    /** The simulated application behind a TTA.dev job, created on first use. */
    SyntheticApplication application(String job) {
        return applications.computeIfAbsent(job, j -> new SyntheticApplication(catalog));
    }

    WebhookRecorder webhook() {
        return webhook;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static String segment(HttpExchange exchange, String prefix) {
        String rest = exchange.getRequestURI().getPath().substring(prefix.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    private static void respond(HttpExchange exchange, String body) throws IOException {
        try (exchange) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", Exposition.CONTENT_TYPE);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
