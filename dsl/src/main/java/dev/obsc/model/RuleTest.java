package dev.obsc.model;

import java.util.List;

/**
 * A unit test of the rules, run by {@code promtool test rules}: synthetic input series sampled
 * every {@code interval}, then expectations on alerts and expressions at given times.
 * {@code file} names the test file it is emitted to. {@code evaluationInterval}, when given, is how
 * often promtool evaluates the rules in that file (default 1m); tests of long windows use a larger
 * one to stay fast, while their inputs stay finely spaced. {@code slo}, when given, names the SLO
 * whose generated rules the test exercises: its file loads only that SLO's rule file, so adding
 * SLOs does not slow down every other test.
 */
public record RuleTest(String file, String name, String interval, List<TestSeries> inputs,
                       List<AlertExpectation> alerts, List<ExprExpectation> exprs, SourcePosition position,
                       java.util.Optional<String> evaluationInterval, java.util.Optional<String> slo) {
    public RuleTest(String file, String name, String interval, List<TestSeries> inputs,
                    List<AlertExpectation> alerts, List<ExprExpectation> exprs, SourcePosition position) {
        this(file, name, interval, inputs, alerts, exprs, position, java.util.Optional.empty(), java.util.Optional.empty());
    }

    public RuleTest(String file, String name, String interval, List<TestSeries> inputs,
                    List<AlertExpectation> alerts, List<ExprExpectation> exprs, SourcePosition position,
                    java.util.Optional<String> evaluationInterval) {
        this(file, name, interval, inputs, alerts, exprs, position, evaluationInterval, java.util.Optional.empty());
    }

    public RuleTest {
        inputs = List.copyOf(inputs);
        alerts = List.copyOf(alerts);
        exprs = List.copyOf(exprs);
    }
}
