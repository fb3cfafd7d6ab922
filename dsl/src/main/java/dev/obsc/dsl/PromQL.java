package dev.obsc.dsl;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Typed PromQL functions and aggregations. Import statically:
 * {@code sum(rate(REQUESTS.where(STATUS.ne("success")).over("5m"))).by(JOB)}.
 */
public final class PromQL {
    private PromQL() {
    }

    // ---- counters over a range --------------------------------------------------------------

    public static Expr rate(RangeSelector range) {
        return call("rate", range.promql());
    }

    public static Expr irate(RangeSelector range) {
        return call("irate", range.promql());
    }

    public static Expr increase(RangeSelector range) {
        return call("increase", range.promql());
    }

    // ---- gauges over a range ----------------------------------------------------------------

    public static Expr deriv(RangeSelector range) {
        return call("deriv", range.promql());
    }

    public static Expr predictLinear(RangeSelector range, long secondsAhead) {
        return call("predict_linear", range.promql(), Long.toString(secondsAhead));
    }

    public static Expr avgOverTime(RangeSelector range) {
        return call("avg_over_time", range.promql());
    }

    public static Expr maxOverTime(RangeSelector range) {
        return call("max_over_time", range.promql());
    }

    public static Expr minOverTime(RangeSelector range) {
        return call("min_over_time", range.promql());
    }

    /** {@code sum_over_time(range)}: with a recorded rate, a traffic-weighted total over the range. */
    public static Expr sumOverTime(RangeSelector range) {
        return call("sum_over_time", range.promql());
    }

    // ---- instant functions ------------------------------------------------------------------

    /** {@code histogram_quantile(phi, buckets)}; {@code phi} is an exact decimal such as "0.95". */
    public static Expr histogramQuantile(String phi, Expr buckets) {
        return call("histogram_quantile", Expr.number(phi).promql(), buckets.asArgument());
    }

    public static Expr absent(Selector selector) {
        return call("absent", selector.promql());
    }

    public static Expr absentOverTime(RangeSelector range) {
        return call("absent_over_time", range.promql());
    }

    public static Expr clampMin(Expr expr, String exactDecimal) {
        return call("clamp_min", expr.asArgument(), Expr.number(exactDecimal).promql());
    }

    public static Expr clampMax(Expr expr, String exactDecimal) {
        return call("clamp_max", expr.asArgument(), Expr.number(exactDecimal).promql());
    }

    public static Expr time() {
        return call("time");
    }

    public static Expr timestamp(Expr expr) {
        return call("timestamp", expr.asArgument());
    }

    public static Expr vector(String exactDecimal) {
        return call("vector", Expr.number(exactDecimal).promql());
    }

    // ---- aggregations -----------------------------------------------------------------------

    public static Aggregation sum(Expr expr) {
        return new Aggregation("sum", "", expr, "");
    }

    public static Aggregation avg(Expr expr) {
        return new Aggregation("avg", "", expr, "");
    }

    public static Aggregation max(Expr expr) {
        return new Aggregation("max", "", expr, "");
    }

    public static Aggregation min(Expr expr) {
        return new Aggregation("min", "", expr, "");
    }

    public static Aggregation count(Expr expr) {
        return new Aggregation("count", "", expr, "");
    }

    public static Aggregation topk(int k, Expr expr) {
        return new Aggregation("topk", k + ", ", expr, "");
    }

    private static Expr call(String function, String... args) {
        return new Expr(function + Arrays.stream(args).collect(Collectors.joining(", ", "(", ")")),
                Expr.Precedence.ATOM);
    }
}
