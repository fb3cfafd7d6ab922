package dev.obsc.model;

/** The query languages of panel targets, each run by its own kind of datasource. */
public enum TargetKind {
    /** PromQL on Prometheus. */
    PROMQL(DatasourceType.PROMETHEUS),
    /** LogQL on Loki. */
    LOGQL(DatasourceType.LOKI),
    /** Jaeger trace search by service (and operation). */
    JAEGER_SEARCH(DatasourceType.JAEGER),
    /** One Jaeger trace by id (often a variable such as {@code $trace_id}). */
    JAEGER_TRACE(DatasourceType.JAEGER),
    /** Jaeger's service dependency graph, for node-graph panels. */
    JAEGER_DEPENDENCIES(DatasourceType.JAEGER),
    /** Alertmanager's active alerts, for tables. */
    ALERTMANAGER_ALERTS(DatasourceType.ALERTMANAGER_ALERTS);

    private final DatasourceType datasource;

    TargetKind(DatasourceType datasource) {
        this.datasource = datasource;
    }

    public DatasourceType datasource() {
        return datasource;
    }
}
