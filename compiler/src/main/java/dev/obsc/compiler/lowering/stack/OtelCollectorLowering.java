package dev.obsc.compiler.lowering.stack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.obsc.compiler.lowering.Trees;
import dev.obsc.model.Environment;
import dev.obsc.model.OtelPipeline;
import dev.obsc.model.ServiceRole;
import dev.obsc.model.StackModel;
import dev.obsc.model.StackService;

import java.util.List;
import java.util.Optional;

/**
 * The OpenTelemetry Collector's configuration: OTLP in (gRPC and HTTP, on the collector's ports of
 * those names), a batch processor, one exporter per destination chosen by its role (OTLP to Jaeger,
 * remote write to Prometheus, OTLP/HTTP to Loki), one pipeline per signal, the health check
 * extension and the collector's own metrics on its {@value #TELEMETRY} port.
 */
public final class OtelCollectorLowering {
    public static final String PATH = "otel-collector/config.yml";
    public static final String SCHEMA = "otel-collector.schema.json";
    public static final String OTLP_GRPC = "otlp-grpc";
    public static final String OTLP_HTTP = "otlp-http";
    public static final String TELEMETRY = "telemetry";
    public static final String HEALTH = "health";

    private final StackModel stack;

    public OtelCollectorLowering(StackModel stack) {
        this.stack = stack;
    }

    public Optional<ObjectNode> lower(Environment environment) {
        return Endpoints.running(stack, environment, ServiceRole.OTEL_COLLECTOR)
                .map(collector -> config(environment, collector));
    }

    private ObjectNode config(Environment environment, StackService collector) {
        ObjectNode config = Trees.object();
        ObjectNode protocols = config.putObject("receivers").putObject("otlp").putObject("protocols");
        collector.port(OTLP_GRPC).ifPresent(p -> protocols.putObject("grpc").put("endpoint", "0.0.0.0:" + p.port()));
        collector.port(OTLP_HTTP).ifPresent(p -> protocols.putObject("http").put("endpoint", "0.0.0.0:" + p.port()));
        config.putObject("processors").putObject("batch");
        ObjectNode exporters = config.putObject("exporters");
        List<OtelPipeline> running = stack.pipelines().stream()
                .filter(p -> environment.runs(p.service())).toList();
        for (OtelPipeline pipeline : running) {
            StackService destination = stack.service(pipeline.service()).orElseThrow();
            exporters.set(exporterName(destination), exporter(environment, destination, pipeline.port()));
        }
        collector.port(HEALTH).ifPresent(p -> config.putObject("extensions").putObject("health_check")
                .put("endpoint", "0.0.0.0:" + p.port()));
        ObjectNode service = config.putObject("service");
        if (collector.port(HEALTH).isPresent()) {
            service.set("extensions", Trees.strings(List.of("health_check")));
        }
        ObjectNode pipelines = service.putObject("pipelines");
        for (OtelPipeline pipeline : running) {
            ObjectNode node = pipelines.putObject(pipeline.signal().key());
            node.set("receivers", Trees.strings(List.of("otlp")));
            node.set("processors", Trees.strings(List.of("batch")));
            ArrayNode exporterNames = node.putArray("exporters");
            exporterNames.add(exporterName(stack.service(pipeline.service()).orElseThrow()));
        }
        collector.port(TELEMETRY).ifPresent(p -> service.putObject("telemetry").putObject("metrics")
                .put("address", "0.0.0.0:" + p.port()));
        return config;
    }

    private static String exporterName(StackService destination) {
        return switch (destination.role()) {
            case JAEGER -> "otlp/" + destination.name();
            case PROMETHEUS -> "prometheusremotewrite/" + destination.name();
            default -> "otlphttp/" + destination.name();
        };
    }

    private static ObjectNode exporter(Environment environment, StackService destination, String port) {
        ObjectNode node = Trees.object();
        switch (destination.role()) {
            case JAEGER -> {
                node.put("endpoint", Endpoints.address(environment, destination, port));
                node.putObject("tls").put("insecure", true);
            }
            case PROMETHEUS -> {
                node.put("endpoint", Endpoints.url(environment, destination, port) + "/api/v1/write");
                // Resource attributes such as service.name become labels, so series say where they came from.
                node.putObject("resource_to_telemetry_conversion").put("enabled", true);
            }
            default -> node.put("endpoint", Endpoints.url(environment, destination, port) + "/otlp");
        }
        return node;
    }

    /** Whether Prometheus must accept remote writes: a running collector's metrics pipeline exports to it. */
    public static boolean writesTo(StackModel stack, Environment environment, StackService prometheus) {
        return Endpoints.running(stack, environment, ServiceRole.OTEL_COLLECTOR).isPresent()
                && stack.pipelines().stream().anyMatch(p -> p.service().equals(prometheus.name()));
    }
}
