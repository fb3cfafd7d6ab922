package dev.obsc.model;

import java.util.List;

/**
 * A unit test of the rules, run by {@code promtool test rules}: synthetic input series sampled
 * every {@code interval}, then expectations on alerts and expressions at given times.
 * {@code file} names the test file it is emitted to.
 */
public record RuleTest(String file, String name, String interval, List<TestSeries> inputs,
                       List<AlertExpectation> alerts, List<ExprExpectation> exprs, SourcePosition position) {
    public RuleTest {
        inputs = List.copyOf(inputs);
        alerts = List.copyOf(alerts);
        exprs = List.copyOf(exprs);
    }
}
