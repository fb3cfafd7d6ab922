package dev.obsc.compiler.promql;

/** Double dispatch over the closed set of {@link Expr} node types. */
public interface ExprVisitor<R> {
    R visitNumber(NumberLiteral number);

    R visitString(StringLiteral string);

    R visitVectorSelector(VectorSelector selector);

    R visitMatrixSelector(MatrixSelector selector);

    R visitSubquery(SubqueryExpr subquery);

    R visitParen(ParenExpr paren);

    R visitUnary(UnaryExpr unary);

    R visitBinary(BinaryExpr binary);

    R visitAggregate(AggregateExpr aggregate);

    R visitFunctionCall(FunctionCall call);
}
