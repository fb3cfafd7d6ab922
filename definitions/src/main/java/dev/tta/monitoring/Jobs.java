package dev.tta.monitoring;

/**
 * Prometheus scrape jobs: TTA.dev's application and the monitoring stack itself. The names
 * are the {@code job_name}s of the scrape jobs in {@link Stack}.
 */
public final class Jobs {
    /** TTA.dev's primitives, exporting the {@code tta_*} metrics on their /metrics endpoint. */
    public static final String TTA_PRIMITIVES = "tta-primitives";
    /** Every TTA.dev application job: their names start with "tta-". */
    public static final String TTA_APPLICATIONS = "tta-.*";

    public static final String PROMETHEUS = "prometheus";
    public static final String ALERTMANAGER = "alertmanager";
    public static final String GRAFANA = "grafana";
    public static final String JAEGER = "jaeger";
    public static final String OTEL_COLLECTOR = "otel-collector";
    public static final String PUSHGATEWAY = "pushgateway";
    public static final String NODE_EXPORTER = "node-exporter";
    public static final String LOKI = "loki";

    private Jobs() {
    }
}
