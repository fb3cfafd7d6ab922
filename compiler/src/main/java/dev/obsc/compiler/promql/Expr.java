package dev.obsc.compiler.promql;

import java.util.List;

/**
 * A PromQL expression. Nodes are immutable records; each carries the {@link Span} of the
 * source text it was parsed from ({@link Span#NONE} when built in code).
 *
 * <p>Record equality includes spans; use {@link Ast#withoutSpans(Expr)} to compare trees by
 * structure only.
 */
public sealed interface Expr
        permits NumberLiteral, StringLiteral, VectorSelector, MatrixSelector, SubqueryExpr,
                ParenExpr, UnaryExpr, BinaryExpr, AggregateExpr, FunctionCall {

    Span span();

    /** The direct sub-expressions, in source order. */
    List<Expr> children();

    <R> R accept(ExprVisitor<R> visitor);
}
