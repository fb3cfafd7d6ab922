package dev.obsc.model;

/**
 * What a stack service is. The compiler knows how to configure, deploy and probe each kind;
 * {@link #APPLICATION} is a service the team runs itself, which the stack only scrapes.
 */
public enum ServiceRole {
    APPLICATION, PROMETHEUS, ALERTMANAGER, GRAFANA, JAEGER, OTEL_COLLECTOR, PUSHGATEWAY, NODE_EXPORTER, LOKI
}
