package dev.obsc.compiler.promql;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The aggregation operators, with the type of the parameter the parameterised ones take. */
public enum AggregationOp {
    SUM, AVG, COUNT, MIN, MAX, STDDEV, STDVAR, GROUP,
    TOPK(ValueType.SCALAR),
    BOTTOMK(ValueType.SCALAR),
    QUANTILE(ValueType.SCALAR),
    COUNT_VALUES(ValueType.STRING);

    /** Keyword lookup without lower-casing every operator name on every identifier the parser meets. */
    private static final Map<String, AggregationOp> BY_KEYWORD = new HashMap<>();

    static {
        for (AggregationOp op : values()) {
            BY_KEYWORD.put(op.keyword, op);
        }
    }

    private final Optional<ValueType> parameterType;
    private final String keyword = name().toLowerCase(Locale.ROOT);

    AggregationOp() {
        this.parameterType = Optional.empty();
    }

    AggregationOp(ValueType parameterType) {
        this.parameterType = Optional.of(parameterType);
    }

    /** The keyword, e.g. {@code count_values}. */
    public String keyword() {
        return keyword;
    }

    public Optional<ValueType> parameterType() {
        return parameterType;
    }

    public boolean hasParameter() {
        return parameterType.isPresent();
    }

    /** The operator spelled {@code word}; like all PromQL keywords, case-insensitive. */
    static Optional<AggregationOp> fromKeyword(String word) {
        return Optional.ofNullable(BY_KEYWORD.get(word.toLowerCase(Locale.ROOT)));
    }
}
