package dev.tta.monitoring;

import dev.obsc.dsl.ServiceRef;
import dev.obsc.dsl.StackBuilder;
import dev.obsc.model.ServiceRole;
import dev.obsc.model.Signal;

/**
 * TTA.dev's monitoring stack: the services with pinned images and their ports, what Prometheus
 * scrapes (job names are those in {@link Jobs}, which the alerts select), and the OpenTelemetry
 * Collector pipelines. {@link Environments} says how each environment deploys it.
 */
public final class Stack {
    public final ServiceRef primitives;
    public final ServiceRef prometheus;
    public final ServiceRef alertmanager;
    public final ServiceRef grafana;
    public final ServiceRef jaeger;
    public final ServiceRef collector;
    public final ServiceRef pushgateway;
    public final ServiceRef nodeExporter;
    public final ServiceRef loki;

    public Stack(StackBuilder stack) {
        // TTA.dev's primitives export their metrics on 9464 (the OpenTelemetry Prometheus exporter's port).
        primitives = stack.application(Jobs.TTA_PRIMITIVES, s -> s.internalPort("metrics", 9464));
        prometheus = stack.service("prometheus", ServiceRole.PROMETHEUS, "prom/prometheus:v2.53.2", s -> s
                .port("web", 9090).health("web", "/-/healthy"));
        alertmanager = stack.service("alertmanager", ServiceRole.ALERTMANAGER, "prom/alertmanager:v0.27.0", s -> s
                .port("web", 9093).health("web", "/-/healthy"));
        grafana = stack.service("grafana", ServiceRole.GRAFANA, "grafana/grafana:11.2.2", s -> s
                .port("web", 3000).health("web", "/api/health"));
        // Jaeger receives traces from the collector only; its admin port serves health and metrics.
        jaeger = stack.service("jaeger", ServiceRole.JAEGER, "jaegertracing/all-in-one:1.60.0", s -> s
                .port("web", 16686).internalPort("otlp-grpc", 4317).internalPort("admin", 14269)
                .health("admin", "/"));
        // The collector image is distroless: no wget to probe itself with.
        collector = stack.service("otel-collector", ServiceRole.OTEL_COLLECTOR,
                "otel/opentelemetry-collector-contrib:0.111.0", s -> s
                        .port("otlp-grpc", 4317).port("otlp-http", 4318)
                        .internalPort("telemetry", 8888).internalPort("health", 13133)
                        .healthFromOutside("health", "/"));
        pushgateway = stack.service("pushgateway", ServiceRole.PUSHGATEWAY, "prom/pushgateway:v1.9.0", s -> s
                .port("web", 9091).health("web", "/-/healthy"));
        nodeExporter = stack.service("node-exporter", ServiceRole.NODE_EXPORTER, "prom/node-exporter:v1.8.2", s -> s
                .port("web", 9100).health("web", "/"));
        loki = stack.service("loki", ServiceRole.LOKI, "grafana/loki:3.1.1", s -> s
                .port("web", 3100).healthFromOutside("web", "/ready"));

        stack.scrape(Jobs.TTA_PRIMITIVES, primitives.port("metrics"));
        stack.scrape(Jobs.PROMETHEUS, prometheus.port("web"));
        stack.scrape(Jobs.ALERTMANAGER, alertmanager.port("web"));
        stack.scrape(Jobs.GRAFANA, grafana.port("web"));
        stack.scrape(Jobs.JAEGER, jaeger.port("admin"));
        stack.scrape(Jobs.OTEL_COLLECTOR, collector.port("telemetry"));
        // Batch jobs push their own job and instance labels; those must win over the Pushgateway's.
        stack.scrape(Jobs.PUSHGATEWAY, pushgateway.port("web")).honorLabels();
        stack.scrape(Jobs.NODE_EXPORTER, nodeExporter.port("web")).timeout("5s");
        stack.scrape(Jobs.LOKI, loki.port("web"));

        stack.pipeline(Signal.TRACES, jaeger.port("otlp-grpc"))
                .pipeline(Signal.METRICS, prometheus.port("web"))
                .pipeline(Signal.LOGS, loki.port("web"));
    }
}
