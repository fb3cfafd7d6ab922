package dev.obsc.compiler.promql;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A binary operation. {@code returnBool} is the {@code bool} modifier of comparisons;
 * {@code matching} is the {@code on}/{@code ignoring} clause, if written.
 */
public record BinaryExpr(
        BinaryOp op,
        Expr lhs,
        Expr rhs,
        boolean returnBool,
        Optional<VectorMatching> matching,
        Span span) implements Expr {

    public BinaryExpr {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(lhs, "lhs");
        Objects.requireNonNull(rhs, "rhs");
        Objects.requireNonNull(matching, "matching");
        Objects.requireNonNull(span, "span");
        if (returnBool && !op.isComparison()) {
            throw new IllegalArgumentException("bool modifier can only be used on comparison operators");
        }
    }

    public static BinaryExpr of(BinaryOp op, Expr lhs, Expr rhs) {
        return new BinaryExpr(op, lhs, rhs, false, Optional.empty(), Span.NONE);
    }

    @Override
    public List<Expr> children() {
        return List.of(lhs, rhs);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitBinary(this);
    }
}
