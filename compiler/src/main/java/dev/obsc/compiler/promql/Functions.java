package dev.obsc.compiler.promql;

import static dev.obsc.compiler.promql.ValueType.INSTANT_VECTOR;
import static dev.obsc.compiler.promql.ValueType.RANGE_VECTOR;
import static dev.obsc.compiler.promql.ValueType.SCALAR;
import static dev.obsc.compiler.promql.ValueType.STRING;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The table of Prometheus 2.x functions and their signatures. */
public final class Functions {

    private static final Map<String, PromFunction> BY_NAME = new LinkedHashMap<>();

    static {
        for (String name : List.of(
                "abs", "ceil", "exp", "floor", "ln", "log2", "log10", "sgn", "sqrt", "sort", "sort_desc", "timestamp",
                "deg", "rad", "acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "sin", "sinh", "tan", "tanh",
                "absent")) {
            exact(name, INSTANT_VECTOR, INSTANT_VECTOR);
        }
        for (String name : List.of(
                "changes", "delta", "deriv", "idelta", "increase", "irate", "rate", "resets", "absent_over_time",
                "avg_over_time", "min_over_time", "max_over_time", "sum_over_time", "count_over_time",
                "stddev_over_time", "stdvar_over_time", "last_over_time", "present_over_time")) {
            exact(name, INSTANT_VECTOR, RANGE_VECTOR);
        }
        // Calendar functions default to vector(time()) when called without an argument.
        for (String name : List.of(
                "day_of_month", "day_of_week", "day_of_year", "days_in_month", "hour", "minute", "month", "year")) {
            define(name, List.of(INSTANT_VECTOR), 0, 1, INSTANT_VECTOR, false);
        }
        exact("clamp", INSTANT_VECTOR, INSTANT_VECTOR, SCALAR, SCALAR);
        exact("clamp_max", INSTANT_VECTOR, INSTANT_VECTOR, SCALAR);
        exact("clamp_min", INSTANT_VECTOR, INSTANT_VECTOR, SCALAR);
        exact("histogram_quantile", INSTANT_VECTOR, SCALAR, INSTANT_VECTOR);
        exact("holt_winters", INSTANT_VECTOR, RANGE_VECTOR, SCALAR, SCALAR);
        exact("label_replace", INSTANT_VECTOR, INSTANT_VECTOR, STRING, STRING, STRING, STRING);
        define("label_join", List.of(INSTANT_VECTOR, STRING, STRING, STRING), 3, PromFunction.UNLIMITED, INSTANT_VECTOR, false);
        exact("predict_linear", INSTANT_VECTOR, RANGE_VECTOR, SCALAR);
        exact("quantile_over_time", INSTANT_VECTOR, SCALAR, RANGE_VECTOR);
        define("round", List.of(INSTANT_VECTOR, SCALAR), 1, 2, INSTANT_VECTOR, false);
        exact("scalar", SCALAR, INSTANT_VECTOR);
        exact("vector", INSTANT_VECTOR, SCALAR);
        exact("time", SCALAR);
        exact("pi", SCALAR);
        // Native histogram functions: experimental in Prometheus 2.x.
        experimental("histogram_count", INSTANT_VECTOR, INSTANT_VECTOR);
        experimental("histogram_sum", INSTANT_VECTOR, INSTANT_VECTOR);
        experimental("histogram_fraction", INSTANT_VECTOR, SCALAR, SCALAR, INSTANT_VECTOR);
        experimental("histogram_stddev", INSTANT_VECTOR, INSTANT_VECTOR);
        experimental("histogram_stdvar", INSTANT_VECTOR, INSTANT_VECTOR);
    }

    private Functions() {
    }

    private static void exact(String name, ValueType returnType, ValueType... parameterTypes) {
        define(name, List.of(parameterTypes), parameterTypes.length, parameterTypes.length, returnType, false);
    }

    private static void experimental(String name, ValueType returnType, ValueType... parameterTypes) {
        define(name, List.of(parameterTypes), parameterTypes.length, parameterTypes.length, returnType, true);
    }

    private static void define(
            String name, List<ValueType> parameterTypes, int minArgs, int maxArgs, ValueType returnType, boolean experimental) {
        BY_NAME.put(name, new PromFunction(name, parameterTypes, minArgs, maxArgs, returnType, experimental));
    }

    /** The function called {@code name}; function names are case-sensitive in PromQL. */
    public static Optional<PromFunction> lookup(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** Every function, in a stable order. */
    public static Collection<PromFunction> all() {
        return Collections.unmodifiableCollection(BY_NAME.values());
    }
}
