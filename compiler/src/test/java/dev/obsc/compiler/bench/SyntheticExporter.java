package dev.obsc.compiler.bench;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Serves the synthetic raw counters on 127.0.0.1 for prometheus to scrape during a benchmark run, so
 * the series the backfill ends at the run's start go on as a scraped exporter's would: the rules
 * always read fresh data, and everything they write is newer than the backfilled blocks.
 */
final class SyntheticExporter implements AutoCloseable {
    private final HttpServer server;

    private SyntheticExporter(HttpServer server) {
        this.server = server;
    }

    static SyntheticExporter start(SyntheticSloTraffic traffic) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/metrics", exchange -> {
            byte[] body = traffic.exposition(Instant.now().getEpochSecond()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return new SyntheticExporter(server);
    }

    String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
