package dev.obsc.compiler.promql;

import java.util.Locale;
import java.util.Optional;

/**
 * Binary operators with Prometheus precedence (higher binds tighter). Only {@code ^} is right
 * associative.
 */
public enum BinaryOp {
    POW("^", 6, Kind.ARITHMETIC),
    MUL("*", 5, Kind.ARITHMETIC),
    DIV("/", 5, Kind.ARITHMETIC),
    MOD("%", 5, Kind.ARITHMETIC),
    ATAN2("atan2", 5, Kind.ARITHMETIC),
    ADD("+", 4, Kind.ARITHMETIC),
    SUB("-", 4, Kind.ARITHMETIC),
    EQL("==", 3, Kind.COMPARISON),
    NEQ("!=", 3, Kind.COMPARISON),
    LTE("<=", 3, Kind.COMPARISON),
    LSS("<", 3, Kind.COMPARISON),
    GTE(">=", 3, Kind.COMPARISON),
    GTR(">", 3, Kind.COMPARISON),
    AND("and", 2, Kind.SET),
    UNLESS("unless", 2, Kind.SET),
    OR("or", 1, Kind.SET);

    public enum Kind { ARITHMETIC, COMPARISON, SET }

    /** Binds tighter than every binary operator except {@code ^}, as in Prometheus. */
    static final int UNARY_OPERAND_PRECEDENCE = POW.precedence;

    private final String symbol;
    private final int precedence;
    private final Kind kind;

    BinaryOp(String symbol, int precedence, Kind kind) {
        this.symbol = symbol;
        this.precedence = precedence;
        this.kind = kind;
    }

    public String symbol() {
        return symbol;
    }

    public int precedence() {
        return precedence;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isRightAssociative() {
        return this == POW;
    }

    public boolean isComparison() {
        return kind == Kind.COMPARISON;
    }

    public boolean isSetOperator() {
        return kind == Kind.SET;
    }

    /** The operator spelled {@code text}; keyword operators are case-insensitive. */
    static Optional<BinaryOp> fromSymbol(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (BinaryOp op : values()) {
            if (op.symbol.equals(lower)) {
                return Optional.of(op);
            }
        }
        return Optional.empty();
    }
}
