package dev.obsc.compiler.promql;

import java.util.List;
import java.util.Objects;

/** A range vector selector, {@code selector[range]}; its modifiers live in {@code selector}. */
public record MatrixSelector(VectorSelector selector, Duration range, Span span) implements Expr {

    public MatrixSelector {
        Objects.requireNonNull(selector, "selector");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(span, "span");
    }

    public static MatrixSelector of(VectorSelector selector, Duration range) {
        return new MatrixSelector(selector, range, Span.NONE);
    }

    @Override
    public List<Expr> children() {
        return List.of(selector);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitMatrixSelector(this);
    }
}
