package dev.obsc.dsl;

import java.util.List;

/** An aggregation such as {@code sum(x)}; {@link #by} and {@link #without} add the grouping. */
public final class Aggregation extends Expr {
    private final String operator;
    private final String parameter;
    private final Expr body;

    Aggregation(String operator, String parameter, Expr body, String grouping) {
        super(operator + grouping + "(" + parameter + body.asArgument() + ")", Precedence.ATOM);
        this.operator = operator;
        this.parameter = parameter;
        this.body = body;
    }

    public Expr by(Label... labels) {
        return new Aggregation(operator, parameter, body, " by " + labelList(List.of(labels)) + " ");
    }

    public Expr without(Label... labels) {
        return new Aggregation(operator, parameter, body, " without " + labelList(List.of(labels)) + " ");
    }
}
