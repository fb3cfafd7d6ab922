package dev.obsc.compiler.promql;

import java.util.List;
import java.util.Objects;

/**
 * Unary minus or plus. The parser folds a sign directly in front of a number literal into the
 * literal ({@code -1} is a {@link NumberLiteral}), as Prometheus does.
 */
public record UnaryExpr(Op op, Expr operand, Span span) implements Expr {

    public enum Op {
        MINUS("-"), PLUS("+");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    public UnaryExpr {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(operand, "operand");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Expr> children() {
        return List.of(operand);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitUnary(this);
    }
}
