package dev.obsc.compiler.promql;

import java.util.Objects;

/**
 * The type the checker infers for an expression.
 *
 * @param labels      for vectors, the labels its series can carry; empty for scalars and strings
 * @param kind        for vectors, the kind of series it derives from, so far as it is preserved
 * @param rawCounter  whether the value is still a counter's raw, ever-growing value (not yet
 *                    passed through {@code rate()}, {@code increase()} or the like)
 */
public record ExprType(ValueType valueType, LabelSet labels, SeriesKind kind, boolean rawCounter) {

    public ExprType {
        Objects.requireNonNull(valueType, "valueType");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(kind, "kind");
    }

    public static final ExprType SCALAR = new ExprType(ValueType.SCALAR, LabelSet.EMPTY, SeriesKind.UNKNOWN, false);
    public static final ExprType STRING = new ExprType(ValueType.STRING, LabelSet.EMPTY, SeriesKind.UNKNOWN, false);

    public static ExprType of(ValueType valueType) {
        switch (valueType) {
            case SCALAR:
                return SCALAR;
            case STRING:
                return STRING;
            default:
                return new ExprType(valueType, LabelSet.unknown(), SeriesKind.UNKNOWN, false);
        }
    }

    public boolean isVector() {
        return valueType == ValueType.INSTANT_VECTOR || valueType == ValueType.RANGE_VECTOR;
    }

    public ExprType withValueType(ValueType newValueType) {
        return new ExprType(newValueType, labels, kind, rawCounter);
    }

    public ExprType withLabels(LabelSet newLabels) {
        return new ExprType(valueType, newLabels, kind, rawCounter);
    }
}
