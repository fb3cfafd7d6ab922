package dev.obsc.compiler.promql;

import java.util.List;
import java.util.Objects;

/**
 * The signature of a PromQL function.
 *
 * @param parameterTypes the declared parameter types; arguments past the end (variadic
 *                       functions) take the type of the last one
 * @param minArgs        the fewest arguments accepted
 * @param maxArgs        the most arguments accepted, {@link #UNLIMITED} for {@code label_join}
 * @param experimental   whether Prometheus only enables it behind a feature flag or in
 *                       versions newer than the toolchain here (native histograms)
 */
public record PromFunction(
        String name, List<ValueType> parameterTypes, int minArgs, int maxArgs, ValueType returnType, boolean experimental) {

    public static final int UNLIMITED = Integer.MAX_VALUE;

    public PromFunction {
        Objects.requireNonNull(name, "name");
        parameterTypes = List.copyOf(parameterTypes);
        Objects.requireNonNull(returnType, "returnType");
        if (minArgs < 0 || maxArgs < minArgs || (maxArgs > parameterTypes.size() && maxArgs != UNLIMITED)) {
            throw new IllegalArgumentException("inconsistent arity for " + name);
        }
    }

    /** The expected type of the argument at {@code index}. */
    public ValueType argumentType(int index) {
        return parameterTypes.get(Math.min(index, parameterTypes.size() - 1));
    }

    public boolean acceptsArgumentCount(int count) {
        return count >= minArgs && count <= maxArgs;
    }

    /** "1", "1 or 2", "at least 3": for messages about the wrong number of arguments. */
    public String arityDescription() {
        if (minArgs == maxArgs) {
            return Integer.toString(minArgs);
        }
        if (maxArgs == UNLIMITED) {
            return "at least " + minArgs;
        }
        return maxArgs == minArgs + 1 ? minArgs + " or " + maxArgs : minArgs + " to " + maxArgs;
    }
}
