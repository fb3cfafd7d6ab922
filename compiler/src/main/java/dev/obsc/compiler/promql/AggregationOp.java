package dev.obsc.compiler.promql;

import java.util.Locale;
import java.util.Optional;

/** The aggregation operators, with the type of the parameter the parameterised ones take. */
public enum AggregationOp {
    SUM, AVG, COUNT, MIN, MAX, STDDEV, STDVAR, GROUP,
    TOPK(ValueType.SCALAR),
    BOTTOMK(ValueType.SCALAR),
    QUANTILE(ValueType.SCALAR),
    COUNT_VALUES(ValueType.STRING);

    private final Optional<ValueType> parameterType;

    AggregationOp() {
        this.parameterType = Optional.empty();
    }

    AggregationOp(ValueType parameterType) {
        this.parameterType = Optional.of(parameterType);
    }

    /** The keyword, e.g. {@code count_values}. */
    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Optional<ValueType> parameterType() {
        return parameterType;
    }

    public boolean hasParameter() {
        return parameterType.isPresent();
    }

    /** The operator spelled {@code word}; like all PromQL keywords, case-insensitive. */
    static Optional<AggregationOp> fromKeyword(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (AggregationOp op : values()) {
            if (op.keyword().equals(lower)) {
                return Optional.of(op);
            }
        }
        return Optional.empty();
    }
}
