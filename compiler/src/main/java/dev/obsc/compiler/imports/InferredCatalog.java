package dev.obsc.compiler.imports;

import dev.obsc.compiler.promql.Ast;
import dev.obsc.compiler.promql.Expr;
import dev.obsc.compiler.promql.FunctionCall;
import dev.obsc.compiler.promql.MatrixSelector;
import dev.obsc.compiler.promql.References;
import dev.obsc.compiler.promql.VectorSelector;
import dev.obsc.model.Metric;
import dev.obsc.model.MetricKind;
import dev.obsc.model.SourcePosition;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The metric catalog an imported spec implies: Sloth and OpenSLO specs name metrics only inside
 * their queries, so every metric a query selects is declared, with every label the query mentions;
 * a metric taken {@code rate()}/{@code increase()} of is a counter, any other a gauge. The compiler
 * then type-checks the generated rules against it like against a hand-written catalog.
 */
final class InferredCatalog {
    private static final Set<String> COUNTER_FUNCTIONS = Set.of("rate", "irate", "increase", "resets");

    private final Map<String, Set<String>> labels = new TreeMap<>();
    private final Map<String, Boolean> counters = new TreeMap<>();
    private final Map<String, SourcePosition> firstSeen = new TreeMap<>();

    /** Declares every metric {@code query} selects; {@code counters} says whether the spec marks its metrics as counters. */
    void add(Expr query, boolean markedCounter, SourcePosition position) {
        References references = References.of(query);
        Set<String> mentioned = references.labelNames();
        Set<String> counted = new TreeSet<>();
        Ast.walk(query, node -> {
            if (node instanceof FunctionCall call && COUNTER_FUNCTIONS.contains(call.name())) {
                call.args().stream().filter(a -> a instanceof MatrixSelector)
                        .forEach(a -> ((MatrixSelector) a).selector().effectiveMetricName().ifPresent(counted::add));
            }
        });
        for (VectorSelector selector : references.selectors()) {
            selector.effectiveMetricName().ifPresent(metric -> {
                labels.computeIfAbsent(metric, m -> new TreeSet<>()).addAll(mentioned);
                counters.merge(metric, markedCounter || counted.contains(metric), Boolean::logicalOr);
                firstSeen.putIfAbsent(metric, position);
            });
        }
    }

    List<Metric> metrics() {
        return labels.entrySet().stream().map(e -> new Metric(e.getKey(),
                counters.get(e.getKey()) ? MetricKind.COUNTER : MetricKind.GAUGE,
                "Imported: selected by an SLI query.", List.copyOf(e.getValue()), List.of(),
                firstSeen.get(e.getKey()))).toList();
    }
}
