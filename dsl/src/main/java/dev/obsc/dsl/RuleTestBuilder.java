package dev.obsc.dsl;

import dev.obsc.model.AlertExpectation;
import dev.obsc.model.ExpectedAlert;
import dev.obsc.model.ExpectedSample;
import dev.obsc.model.ExprExpectation;
import dev.obsc.model.RuleTest;
import dev.obsc.model.SourcePosition;
import dev.obsc.model.TestSeries;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * A rule unit test: input series in Prometheus' expanding notation, then what must (or must not)
 * fire or be recorded at given times. Compiled to a {@code promtool test rules} file.
 */
public final class RuleTestBuilder {
    private final String file;
    private final String name;
    private final String defaultAlert;
    private final SourcePosition position;
    private String interval = "1m";
    private final List<TestSeries> inputs = new ArrayList<>();
    private final List<AlertExpectation> alerts = new ArrayList<>();
    private final List<ExprExpectation> exprs = new ArrayList<>();

    RuleTestBuilder(String file, String name, String defaultAlert, SourcePosition position) {
        this.file = file;
        this.name = name;
        this.defaultAlert = defaultAlert;
        this.position = position;
    }

    /** How far apart the input samples are (default 1m). */
    public RuleTestBuilder interval(String interval) {
        this.interval = interval;
        return this;
    }

    /** An input series, e.g. {@code series(UP.where(JOB.eq("api")), "1 1 0x10")}. */
    public RuleTestBuilder series(Selector series, String values) {
        inputs.add(new TestSeries(series.promql(), values));
        return this;
    }

    public RuleTestBuilder series(String series, String values) {
        inputs.add(new TestSeries(series, values));
        return this;
    }

    /** At {@code time}, the alert this test belongs to fires exactly these alerts. */
    @SafeVarargs
    public final RuleTestBuilder expectFiring(String time, Consumer<ExpectedAlertBuilder>... expected) {
        return expectAlert(time, ownAlert(), expected);
    }

    /** At {@code time}, the alert this test belongs to does not fire. */
    public RuleTestBuilder expectSilent(String time) {
        return expectNoAlert(time, ownAlert());
    }

    @SafeVarargs
    public final RuleTestBuilder expectAlert(String time, String alertName, Consumer<ExpectedAlertBuilder>... expected) {
        List<ExpectedAlert> built = Arrays.stream(expected).map(spec -> {
            ExpectedAlertBuilder builder = new ExpectedAlertBuilder();
            spec.accept(builder);
            return builder.build();
        }).toList();
        alerts.add(new AlertExpectation(time, alertName, built));
        return this;
    }

    public RuleTestBuilder expectNoAlert(String time, String alertName) {
        alerts.add(new AlertExpectation(time, alertName, List.of()));
        return this;
    }

    /** At {@code time}, {@code expr} returns exactly these samples ({@code labels} in selector syntax). */
    public RuleTestBuilder expectSamples(String time, Expr expr, ExpectedSample... samples) {
        exprs.add(new ExprExpectation(expr.promql(), time, List.of(samples)));
        return this;
    }

    public static ExpectedSample sample(String labels, String value) {
        return new ExpectedSample(labels, value);
    }

    private String ownAlert() {
        if (defaultAlert == null) {
            throw new IllegalStateException("test '" + name + "' is not declared on an alert; name the alert");
        }
        return defaultAlert;
    }

    RuleTest build() {
        return new RuleTest(file, name, interval, inputs, alerts, exprs, position);
    }
}
