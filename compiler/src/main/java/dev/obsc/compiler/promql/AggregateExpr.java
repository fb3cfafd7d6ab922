package dev.obsc.compiler.promql;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An aggregation such as {@code sum by (job) (rate(x[5m]))} or {@code topk(5, x)}. Where the
 * grouping clause was written (before or after the body) is not kept; it prints before.
 */
public record AggregateExpr(
        AggregationOp op,
        Optional<Expr> parameter,
        Expr body,
        Grouping grouping,
        Span span) implements Expr {

    public AggregateExpr {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(grouping, "grouping");
        Objects.requireNonNull(span, "span");
    }

    public static AggregateExpr of(AggregationOp op, Expr body, Grouping grouping) {
        return new AggregateExpr(op, Optional.empty(), body, grouping, Span.NONE);
    }

    @Override
    public List<Expr> children() {
        List<Expr> children = new ArrayList<>(2);
        parameter.ifPresent(children::add);
        children.add(body);
        return List.copyOf(children);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitAggregate(this);
    }
}
