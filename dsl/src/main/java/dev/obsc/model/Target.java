package dev.obsc.model;

import java.util.Optional;

/**
 * One query of a panel. {@code expr} is the PromQL or LogQL text, the Jaeger service to search,
 * the trace id, or an Alertmanager query's filters; {@code operation} narrows a Jaeger search.
 * {@code exemplars} asks Prometheus for exemplars, which link samples to traces. {@code alerts}
 * is the query of an Alertmanager alerts target.
 */
public record Target(TargetKind kind, Query expr, Optional<String> legendFormat, boolean instant, boolean exemplars,
                     Optional<String> operation, Optional<AlertsQuery> alerts) {

    /** A target of any kind but Alertmanager alerts. */
    public Target(TargetKind kind, Query expr, Optional<String> legendFormat, boolean instant, boolean exemplars,
                  Optional<String> operation) {
        this(kind, expr, legendFormat, instant, exemplars, operation, Optional.empty());
    }

    public static Target promql(Query expr, Optional<String> legendFormat, boolean instant) {
        return new Target(TargetKind.PROMQL, expr, legendFormat, instant, false, Optional.empty());
    }

    /** Alertmanager's active alerts matching {@code query}. */
    public static Target alerts(AlertsQuery query) {
        return new Target(TargetKind.ALERTMANAGER_ALERTS, new Query(query.filterText()), Optional.empty(), true, false,
                Optional.empty(), Optional.of(query));
    }
}
