package dev.obsc.compiler.promql;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What an expression refers to, in source order: the selectors (also those inside range
 * selectors), the aggregations with their grouping clauses, the vector matching clauses and
 * the function calls. For cross-checks such as "every metric a dashboard queries is exported".
 */
public record References(
        List<VectorSelector> selectors,
        List<AggregateExpr> aggregations,
        List<VectorMatching> vectorMatchings,
        List<FunctionCall> functionCalls) {

    public References {
        selectors = List.copyOf(selectors);
        aggregations = List.copyOf(aggregations);
        vectorMatchings = List.copyOf(vectorMatchings);
        functionCalls = List.copyOf(functionCalls);
    }

    public static References of(Expr expr) {
        List<VectorSelector> selectors = new ArrayList<>();
        List<AggregateExpr> aggregations = new ArrayList<>();
        List<VectorMatching> matchings = new ArrayList<>();
        List<FunctionCall> calls = new ArrayList<>();
        Ast.walk(expr, node -> {
            if (node instanceof VectorSelector) {
                selectors.add((VectorSelector) node);
            } else if (node instanceof AggregateExpr) {
                aggregations.add((AggregateExpr) node);
            } else if (node instanceof BinaryExpr) {
                ((BinaryExpr) node).matching().ifPresent(matchings::add);
            } else if (node instanceof FunctionCall) {
                calls.add((FunctionCall) node);
            }
        });
        return new References(selectors, aggregations, matchings, calls);
    }

    /** The distinct metric names selected, in order of first appearance. */
    public Set<String> metricNames() {
        Set<String> names = new LinkedHashSet<>();
        for (VectorSelector selector : selectors) {
            selector.effectiveMetricName().ifPresent(names::add);
        }
        return names;
    }

    /**
     * Every label name the expression mentions: in matchers (except {@code __name__}), in
     * {@code by}/{@code without}, {@code on}/{@code ignoring} and {@code group_left/right}.
     */
    public Set<String> labelNames() {
        Set<String> names = new LinkedHashSet<>();
        for (VectorSelector selector : selectors) {
            for (LabelMatcher matcher : selector.matchers()) {
                if (!matcher.name().equals(LabelMatcher.METRIC_NAME_LABEL)) {
                    names.add(matcher.name());
                }
            }
        }
        aggregations.forEach(aggregation -> names.addAll(aggregation.grouping().labels()));
        for (VectorMatching matching : vectorMatchings) {
            names.addAll(matching.labels());
            names.addAll(matching.include());
        }
        return names;
    }
}
