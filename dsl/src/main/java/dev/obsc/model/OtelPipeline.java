package dev.obsc.model;

/**
 * An OpenTelemetry Collector pipeline: one signal, received over OTLP, exported to a stack service
 * (traces to Jaeger, metrics to Prometheus, logs to Loki) on one of its ports.
 */
public record OtelPipeline(Signal signal, String service, String port, SourcePosition position) {
    /** The roles a pipeline can export to: what the collector configuration knows how to reach. */
    public static final java.util.List<ServiceRole> DESTINATIONS = java.util.List.of(ServiceRole.JAEGER,
            ServiceRole.PROMETHEUS, ServiceRole.LOKI);
}
