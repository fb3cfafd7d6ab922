package dev.obsc.model;

/** Grafana datasource plugin ids the compiler knows how to provision and query. */
public enum DatasourceType {
    PROMETHEUS("prometheus"), LOKI("loki"), JAEGER("jaeger"),
    /**
     * Grafana's built-in Alertmanager datasource: it shows an external Alertmanager's alerts and
     * silences in Grafana's Alerting pages, but panels cannot query it.
     */
    ALERTMANAGER("alertmanager"),
    /**
     * The Prometheus Alertmanager datasource plugin (camptocamp), which answers panel queries with
     * Alertmanager's active alerts, one row per alert. Grafana must have the plugin installed
     * ({@code GF_INSTALL_PLUGINS=camptocamp-prometheus-alertmanager-datasource}).
     */
    ALERTMANAGER_ALERTS("camptocamp-prometheus-alertmanager-datasource");

    private final String pluginId;

    DatasourceType(String pluginId) {
        this.pluginId = pluginId;
    }

    public String pluginId() {
        return pluginId;
    }
}
