package dev.obsc.model;

import java.util.List;
import java.util.stream.Collectors;

/** Events counted by a counter of the catalog, selected by {@code matchers}. */
public record CounterEvents(String metric, List<Matcher> matchers) implements EventSource {
    public CounterEvents {
        matchers = List.copyOf(matchers);
    }

    /** The PromQL selector, e.g. {@code tta_primitive_executions_total{status="error"}}. */
    public String selector() {
        return matchers.isEmpty() ? metric
                : metric + matchers.stream().map(Matcher::toString).collect(Collectors.joining(", ", "{", "}"));
    }
}
