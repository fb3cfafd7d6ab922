package dev.obsc.compiler.imports;

import dev.obsc.compiler.promql.AggregateExpr;
import dev.obsc.compiler.promql.AggregationOp;
import dev.obsc.compiler.promql.Duration;
import dev.obsc.compiler.promql.Expr;
import dev.obsc.compiler.promql.FunctionCall;
import dev.obsc.compiler.promql.Grouping;
import dev.obsc.compiler.promql.LabelMatcher;
import dev.obsc.compiler.promql.MatrixSelector;
import dev.obsc.compiler.promql.ParenExpr;
import dev.obsc.compiler.promql.VectorSelector;
import dev.obsc.model.CounterEvents;
import dev.obsc.model.EventSource;
import dev.obsc.model.MatchOp;
import dev.obsc.model.Matcher;
import dev.obsc.model.Query;
import dev.obsc.model.QueryEvents;
import dev.obsc.model.SloSeries;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Recognises the usual SLI query, {@code sum [by (labels)] (rate(counter{...}[5m]))}, as the counter
 * it counts: obsc then takes the rate itself and, for equality selectors, generates the promtool
 * tests that prove the SLO's alerts fire. Any other query stays a per-second query.
 */
final class CounterShapes {
    private CounterShapes() {
    }

    /** The labels a query sums by, when it is a sum by labels (the SLI's {@code by}). */
    static List<String> sumBy(Expr query) {
        Expr e = unwrap(query);
        if (e instanceof AggregateExpr aggregate && aggregate.op() == AggregationOp.SUM
                && aggregate.grouping().kind() == Grouping.Kind.BY) {
            return aggregate.grouping().labels();
        }
        return List.of();
    }

    /** The event source of a per-second query summed by {@code by}: its counter when it has the usual shape. */
    static EventSource events(SliQueryImport.Parsed parsed, List<String> by) {
        return counter(parsed.expr(), by).map(c -> (EventSource) c)
                .orElseGet(() -> new QueryEvents(new Query(parsed.text())));
    }

    private static Optional<CounterEvents> counter(Expr query, List<String> by) {
        Expr e = unwrap(query);
        if (!(e instanceof AggregateExpr aggregate) || aggregate.op() != AggregationOp.SUM
                || aggregate.parameter().isPresent() || !sumBy(aggregate).equals(by)
                || aggregate.grouping().kind() == Grouping.Kind.WITHOUT) {
            return Optional.empty();
        }
        Expr body = unwrap(aggregate.body());
        if (!(body instanceof FunctionCall call) || !call.name().equals("rate") || call.args().size() != 1
                || !(call.args().get(0) instanceof MatrixSelector range)
                || !range.range().equals(Duration.parse(SloSeries.BASE_WINDOW).orElseThrow())) {
            return Optional.empty();
        }
        VectorSelector selector = range.selector();
        if (selector.metricName().isEmpty() || selector.offset().isPresent() || selector.at().isPresent()) {
            return Optional.empty();
        }
        List<Matcher> matchers = new ArrayList<>();
        for (LabelMatcher m : selector.matchers()) {
            if (m.name().equals(LabelMatcher.METRIC_NAME_LABEL)) {
                return Optional.empty();
            }
            matchers.add(new Matcher(m.name(), op(m.op()), m.value()));
        }
        return Optional.of(new CounterEvents(selector.metricName().get(), matchers));
    }

    private static MatchOp op(LabelMatcher.MatchOp op) {
        for (MatchOp candidate : MatchOp.values()) {
            if (candidate.symbol().equals(op.symbol())) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("no matcher operator " + op.symbol());
    }

    private static Expr unwrap(Expr e) {
        Expr inner = e;
        while (inner instanceof ParenExpr paren) {
            inner = paren.expr();
        }
        return inner;
    }
}
