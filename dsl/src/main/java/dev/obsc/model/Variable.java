package dev.obsc.model;

import java.util.List;
import java.util.Optional;

/**
 * A dashboard template variable. For {@code QUERY}, {@code query} is a Grafana Prometheus
 * variable query such as {@code label_values(up, job)}; for {@code CUSTOM} and {@code INTERVAL},
 * {@code options} are the choices; for {@code DATASOURCE}, {@code query} is the plugin id.
 * {@code allValue} is what "All" stands for in queries (by default every option, as a regex
 * alternation); {@code .*} also matches series that lack the label.
 */
public record Variable(String name, VariableType type, Optional<String> label, Optional<String> query,
                       Optional<String> datasourceUid, List<String> options, boolean multi, boolean includeAll,
                       Optional<String> allValue, SourcePosition position) {
    public Variable {
        options = List.copyOf(options);
    }

    /** A variable whose "All" stands for every option. */
    public Variable(String name, VariableType type, Optional<String> label, Optional<String> query,
                    Optional<String> datasourceUid, List<String> options, boolean multi, boolean includeAll,
                    SourcePosition position) {
        this(name, type, label, query, datasourceUid, options, multi, includeAll, Optional.empty(), position);
    }
}
