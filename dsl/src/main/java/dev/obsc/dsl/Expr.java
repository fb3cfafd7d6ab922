package dev.obsc.dsl;

import dev.obsc.model.Query;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A PromQL expression built from typed parts. It renders to PromQL text, parenthesised by
 * operator precedence; the compiler parses that text and checks it like any hand-written query.
 */
public class Expr {
    /** PromQL binding strength, weakest first; atoms bind tightest. */
    enum Precedence { OR, AND_UNLESS, COMPARISON, ADDITIVE, MULTIPLICATIVE, POWER, ATOM }

    private final String text;
    private final Precedence precedence;

    Expr(String text, Precedence precedence) {
        this.text = text;
        this.precedence = precedence;
    }

    /** A hand-written PromQL expression; checked by the compiler exactly like a built one. */
    public static Expr raw(String promql) {
        return new Expr(promql.strip(), Precedence.OR);
    }

    public static Expr number(BigDecimal value) {
        return new Expr(value.toPlainString(), value.signum() < 0 ? Precedence.OR : Precedence.ATOM);
    }

    public static Expr number(String exactDecimal) {
        return number(new BigDecimal(exactDecimal));
    }

    public static Expr number(long value) {
        return number(BigDecimal.valueOf(value));
    }

    public String promql() {
        return text;
    }

    public Query toQuery() {
        return new Query(text);
    }

    @Override
    public String toString() {
        return text;
    }

    // ---- arithmetic -------------------------------------------------------------------------

    public Expr plus(Expr other) {
        return binary("+", other, Precedence.ADDITIVE, VectorMatching.NONE);
    }

    public Expr minus(Expr other) {
        return binary("-", other, Precedence.ADDITIVE, VectorMatching.NONE);
    }

    public Expr times(Expr other) {
        return binary("*", other, Precedence.MULTIPLICATIVE, VectorMatching.NONE);
    }

    public Expr times(String exactDecimal) {
        return times(number(exactDecimal));
    }

    public Expr dividedBy(Expr other) {
        return binary("/", other, Precedence.MULTIPLICATIVE, VectorMatching.NONE);
    }

    public Expr dividedBy(Expr other, VectorMatching matching) {
        return binary("/", other, Precedence.MULTIPLICATIVE, matching);
    }

    public Expr dividedBy(String exactDecimal) {
        return dividedBy(number(exactDecimal));
    }

    // ---- filtering comparisons (alert conditions) ------------------------------------------

    public Expr gt(String exactDecimal) {
        return binary(">", number(exactDecimal), Precedence.COMPARISON, VectorMatching.NONE);
    }

    public Expr lt(String exactDecimal) {
        return binary("<", number(exactDecimal), Precedence.COMPARISON, VectorMatching.NONE);
    }

    public Expr ge(String exactDecimal) {
        return binary(">=", number(exactDecimal), Precedence.COMPARISON, VectorMatching.NONE);
    }

    public Expr le(String exactDecimal) {
        return binary("<=", number(exactDecimal), Precedence.COMPARISON, VectorMatching.NONE);
    }

    public Expr eq(String exactDecimal) {
        return binary("==", number(exactDecimal), Precedence.COMPARISON, VectorMatching.NONE);
    }

    public Expr gt(Expr other) {
        return binary(">", other, Precedence.COMPARISON, VectorMatching.NONE);
    }

    public Expr lt(Expr other) {
        return binary("<", other, Precedence.COMPARISON, VectorMatching.NONE);
    }

    // ---- set operators ----------------------------------------------------------------------

    public Expr and(Expr other) {
        return binary("and", other, Precedence.AND_UNLESS, VectorMatching.NONE);
    }

    public Expr and(Expr other, VectorMatching matching) {
        return binary("and", other, Precedence.AND_UNLESS, matching);
    }

    public Expr unless(Expr other) {
        return binary("unless", other, Precedence.AND_UNLESS, VectorMatching.NONE);
    }

    public Expr or(Expr other) {
        return binary("or", other, Precedence.OR, VectorMatching.NONE);
    }

    private Expr binary(String op, Expr right, Precedence level, VectorMatching matching) {
        // PromQL binary operators are left-associative (except '^', not offered here), so an
        // operand of equal strength needs parentheses only on the right.
        String left = precedence.compareTo(level) < 0 ? "(" + text + ")" : text;
        String rightText = right.precedence.compareTo(level) <= 0 ? "(" + right.text + ")" : right.text;
        return new Expr(left + " " + op + matching.render() + " " + rightText, level);
    }

    static String labelList(List<Label> labels) {
        return labels.stream().map(Label::name).collect(Collectors.joining(", ", "(", ")"));
    }

    String asArgument() {
        return text;
    }
}
