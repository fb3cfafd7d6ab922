package dev.obsc.compiler.promql;

import java.util.List;
import java.util.Objects;

/**
 * Parentheses written by the user. They are kept in the tree (as Prometheus does) so printing
 * reproduces them and spans stay faithful to the source.
 */
public record ParenExpr(Expr expr, Span span) implements Expr {

    public ParenExpr {
        Objects.requireNonNull(expr, "expr");
        Objects.requireNonNull(span, "span");
    }

    public static ParenExpr of(Expr expr) {
        return new ParenExpr(expr, Span.NONE);
    }

    @Override
    public List<Expr> children() {
        return List.of(expr);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitParen(this);
    }
}
