package dev.obsc.model;

import java.util.Optional;

/**
 * One query of a panel. {@code expr} is the PromQL or LogQL text, the Jaeger service to search,
 * or the trace id; {@code operation} narrows a Jaeger search. {@code exemplars} asks Prometheus for
 * exemplars, which link samples to traces.
 */
public record Target(TargetKind kind, Query expr, Optional<String> legendFormat, boolean instant, boolean exemplars,
                     Optional<String> operation) {

    public static Target promql(Query expr, Optional<String> legendFormat, boolean instant) {
        return new Target(TargetKind.PROMQL, expr, legendFormat, instant, false, Optional.empty());
    }
}
