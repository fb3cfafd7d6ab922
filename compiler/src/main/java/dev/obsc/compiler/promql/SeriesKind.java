package dev.obsc.compiler.promql;

/** What kind of series a metric is, as far as the checks care. */
public enum SeriesKind {
    COUNTER, GAUGE, HISTOGRAM_BUCKET, HISTOGRAM_SUM, HISTOGRAM_COUNT,
    /** The output of a recording rule: its kind is whatever the rule computes. */
    RECORDED,
    UNKNOWN;

    /** Monotonic series whose raw value is rarely meaningful: histogram parts are counters too. */
    public boolean isCounter() {
        return this == COUNTER || this == HISTOGRAM_BUCKET || this == HISTOGRAM_SUM || this == HISTOGRAM_COUNT;
    }

    /** Whether a check may rely on the kind; recorded and unknown series are given the benefit of the doubt. */
    public boolean isKnown() {
        return this != RECORDED && this != UNKNOWN;
    }
}
