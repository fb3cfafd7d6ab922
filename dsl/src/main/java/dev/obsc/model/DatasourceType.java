package dev.obsc.model;

/** Grafana datasource plugin ids the compiler knows how to provision and query. */
public enum DatasourceType {
    PROMETHEUS("prometheus", true), LOKI("loki", true), JAEGER("jaeger", true),
    /**
     * Grafana's built-in Alertmanager datasource: it shows an external Alertmanager's alerts and
     * silences in Grafana's Alerting pages, but panels cannot query it.
     */
    ALERTMANAGER("alertmanager", true),
    /**
     * The Prometheus Alertmanager datasource plugin (camptocamp), which answers panel queries with
     * Alertmanager's active alerts, one row per alert. Grafana must have the plugin installed
     * ({@code GF_INSTALL_PLUGINS=camptocamp-prometheus-alertmanager-datasource}).
     */
    ALERTMANAGER_ALERTS("camptocamp-prometheus-alertmanager-datasource", false);

    private final String pluginId;
    private final boolean builtIn;

    DatasourceType(String pluginId, boolean builtIn) {
        this.pluginId = pluginId;
        this.builtIn = builtIn;
    }

    public String pluginId() {
        return pluginId;
    }

    /** Whether Grafana ships this datasource; otherwise its plugin must be installed. */
    public boolean builtIn() {
        return builtIn;
    }
}
