package dev.obsc.dsl;

/** A range-vector selector, {@code selector[range]}: the argument of rate(), increase() and *_over_time(). */
public final class RangeSelector {
    private final String text;

    RangeSelector(Selector selector, String range) {
        this.text = selector.promql() + "[" + range + "]";
    }

    String promql() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
