package dev.obsc.compiler.analysis;

import dev.obsc.compiler.promql.Expr;
import dev.obsc.compiler.promql.PromQL;
import dev.obsc.compiler.promql.References;
import dev.obsc.compiler.promql.VectorSelector;
import dev.obsc.model.MonitoringModel;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The parsed trees of every recording rule's and alert's expression, parsed once, in parallel, and
 * shared by the checks that read them (type checks, dependency order, the stack's job checks):
 * thousands of SLOs mean tens of thousands of expressions. A text that does not parse has no tree;
 * the query checks report its syntax error.
 */
final class RuleTrees {
    private final Map<String, Optional<Expr>> trees = new ConcurrentHashMap<>();
    /** The selectors each text reads, worked out in the same parallel pass as its tree. */
    private final Map<String, List<VectorSelector>> reads = new ConcurrentHashMap<>();

    static RuleTrees of(MonitoringModel model) {
        RuleTrees parsed = new RuleTrees();
        Stream.concat(model.recordingRules().stream().map(rule -> rule.expr().promql()),
                        model.alerts().stream().map(alert -> alert.expr().promql()))
                .distinct().toList().parallelStream().forEach(parsed::reads);
        return parsed;
    }

    /** The tree of {@code promql}, parsed now if no check has needed it before. */
    Optional<Expr> of(String promql) {
        return trees.computeIfAbsent(promql, RuleTrees::parse);
    }

    /** The selectors {@code promql} reads; none when it does not parse. */
    List<VectorSelector> reads(String promql) {
        return reads.computeIfAbsent(promql, text -> of(text).map(tree -> References.of(tree).selectors()).orElse(List.of()));
    }

    private static Optional<Expr> parse(String promql) {
        try {
            return Optional.of(PromQL.parse(promql));
        } catch (RuntimeException syntaxError) {
            return Optional.empty();
        }
    }
}
