package dev.obsc.compiler.promql;

import java.util.List;
import java.util.Objects;

/** A string literal; {@code value} is the unescaped content. */
public record StringLiteral(String value, Span span) implements Expr {

    public StringLiteral {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(span, "span");
    }

    public static StringLiteral of(String value) {
        return new StringLiteral(value, Span.NONE);
    }

    @Override
    public List<Expr> children() {
        return List.of();
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitString(this);
    }
}
