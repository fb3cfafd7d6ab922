package dev.obsc.dsl;

/** A range-vector selector, {@code selector[range]}: the argument of rate(), increase() and *_over_time(). */
public final class RangeSelector {
    private final String text;

    RangeSelector(Selector selector, String range) {
        this(selector.promql() + "[" + range + "]");
    }

    private RangeSelector(String text) {
        this.text = text;
    }

    /** The same range, as it was {@code ago} before evaluation time: {@code selector[range] offset ago}. */
    public RangeSelector offset(String ago) {
        return new RangeSelector(text + " offset " + ago);
    }

    String promql() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
