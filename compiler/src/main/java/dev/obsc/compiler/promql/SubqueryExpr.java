package dev.obsc.compiler.promql;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A subquery, {@code expr[range:step]}; an empty {@code step} ({@code [1h:]}) means the global
 * evaluation interval.
 */
public record SubqueryExpr(
        Expr expr,
        Duration range,
        Optional<Duration> step,
        Optional<Duration> offset,
        Optional<AtModifier> at,
        Span span) implements Expr {

    public SubqueryExpr {
        Objects.requireNonNull(expr, "expr");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(offset, "offset");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(span, "span");
    }

    public SubqueryExpr withOffset(Optional<Duration> newOffset, Span newSpan) {
        return new SubqueryExpr(expr, range, step, newOffset, at, newSpan);
    }

    public SubqueryExpr withAt(Optional<AtModifier> newAt, Span newSpan) {
        return new SubqueryExpr(expr, range, step, offset, newAt, newSpan);
    }

    @Override
    public List<Expr> children() {
        return List.of(expr);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitSubquery(this);
    }
}
