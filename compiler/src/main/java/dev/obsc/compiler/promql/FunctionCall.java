package dev.obsc.compiler.promql;

import java.util.List;
import java.util.Objects;

/** A function call. Argument count and types are checked by the type checker, not the parser. */
public record FunctionCall(PromFunction function, List<Expr> args, Span span) implements Expr {

    public FunctionCall {
        Objects.requireNonNull(function, "function");
        args = List.copyOf(args);
        Objects.requireNonNull(span, "span");
    }

    public static FunctionCall of(String name, Expr... args) {
        PromFunction function = Functions.lookup(name)
                .orElseThrow(() -> new IllegalArgumentException("unknown function " + name));
        return new FunctionCall(function, List.of(args), Span.NONE);
    }

    public String name() {
        return function.name();
    }

    @Override
    public List<Expr> children() {
        return args;
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitFunctionCall(this);
    }
}
