package dev.tta.monitoring;

import dev.obsc.dsl.DatasourceRef;
import dev.obsc.dsl.GrafanaBuilder;
import dev.obsc.model.DatasourceType;

/** Grafana's provisioned datasources, reached by their service names on the stack's network. */
public final class Datasources {
    public static final String GRAFANA_URL = "http://localhost:3000";

    public final DatasourceRef prometheus;
    public final DatasourceRef jaeger;
    public final DatasourceRef loki;
    /** Grafana's built-in Alertmanager datasource: Alertmanager's alerts and silences in Grafana's Alerting pages. */
    public final DatasourceRef alertmanager;
    /** The Alertmanager datasource plugin, which panels query for tables of active alerts. */
    public final DatasourceRef alertmanagerAlerts;

    public Datasources(GrafanaBuilder grafana) {
        grafana.baseUrl(GRAFANA_URL);
        prometheus = grafana.datasource("prometheus", "Prometheus", DatasourceType.PROMETHEUS,
                "http://prometheus:9090", true);
        jaeger = grafana.datasource("jaeger", "Jaeger", DatasourceType.JAEGER,
                "http://jaeger:16686", false);
        loki = grafana.datasource("loki", "Loki", DatasourceType.LOKI,
                "http://loki:3100", false);
        // Logs arrive through the collector's OTLP exporter; Loki's OTLP ingestion turns these resource
        // attributes into stream labels (dots become underscores) and keeps the rest as structured metadata.
        grafana.streamLabels(loki, "service_name", "service_namespace", "service_instance_id",
                "deployment_environment");
        alertmanager = grafana.datasource("alertmanager", "Alertmanager", DatasourceType.ALERTMANAGER,
                "http://alertmanager:9093", false);
        alertmanagerAlerts = grafana.datasource("alertmanager-alerts", "Alertmanager alerts",
                DatasourceType.ALERTMANAGER_ALERTS, "http://alertmanager:9093", false);
    }
}
