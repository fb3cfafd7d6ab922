package dev.obsc.model;

/** Grafana datasource plugin ids the compiler knows how to provision and query. */
public enum DatasourceType {
    PROMETHEUS("prometheus"), LOKI("loki"), JAEGER("jaeger"), ALERTMANAGER("alertmanager");

    private final String pluginId;

    DatasourceType(String pluginId) {
        this.pluginId = pluginId;
    }

    public String pluginId() {
        return pluginId;
    }
}
