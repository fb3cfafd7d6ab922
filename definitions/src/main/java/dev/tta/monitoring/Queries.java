package dev.tta.monitoring;

import dev.obsc.dsl.Expr;
import dev.obsc.dsl.PromQL;
import dev.obsc.dsl.RangeSelector;

/** Query shapes used by several definitions, and the few the typed builders cannot express. */
final class Queries {
    private Queries() {
    }

    /** {@code rate(range offset by)}: the rate as it was {@code by} ago. */
    static Expr rateOffset(RangeSelector range, String by) {
        return PromQL.rate(range.offset(by));
    }

    /**
     * {@code expr or like * 0}: {@code expr}, or 0 for every series of {@code like} that
     * {@code expr} lacks. A labelled counter has no series until its first increment, so without
     * this a service that never failed would have no error rate at all instead of 0.
     */
    static Expr orZero(Expr expr, Expr like) {
        return expr.or(like.times("0"));
    }
}
