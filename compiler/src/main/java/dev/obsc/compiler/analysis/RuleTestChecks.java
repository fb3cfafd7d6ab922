package dev.obsc.compiler.analysis;

import dev.obsc.compiler.diagnostics.Diagnostics;
import dev.obsc.compiler.promql.PromQL;
import dev.obsc.compiler.promql.PromQLSyntaxException;
import dev.obsc.compiler.promql.VectorSelector;
import dev.obsc.model.AlertExpectation;
import dev.obsc.model.AlertRule;
import dev.obsc.model.ExpectedAlert;
import dev.obsc.model.ExprExpectation;
import dev.obsc.model.MonitoringModel;
import dev.obsc.model.RuleTest;
import dev.obsc.model.TestSeries;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Rule unit tests: they name alerts that exist (promtool silently passes a test of an alert that
 * does not), use valid times and series, and spell out every templated annotation they expect,
 * because promtool compares annotations exactly.
 */
final class RuleTestChecks {
    private static final Pattern TEST_FILE = Pattern.compile("[a-zA-Z0-9_-]+");
    /** Values in the expanding notation: a number, _ (missing) or stale, optionally +bxn, -bxn or xn. */
    private static final Pattern VALUES = Pattern.compile(
            "\\s*((-?[0-9][0-9.eE+-]*|-?Inf|NaN|_|stale)([+-][0-9][0-9.eE]*)?(x[0-9]+)?\\s*)+");

    private RuleTestChecks() {
    }

    static void check(MonitoringModel model, Diagnostics out) {
        Map<String, AlertRule> alerts = model.alerts().stream()
                .collect(Collectors.toMap(AlertRule::name, Function.identity(), (a, b) -> a, TreeMap::new));
        for (RuleTest test : model.allRuleTests()) {
            String what = "rule test '" + test.name() + "'";
            if (!TEST_FILE.matcher(test.file()).matches()) {
                out.error("TEST001", test.position(), what + " goes to file '" + test.file()
                        + "', which is not a plain file name ([a-zA-Z0-9_-]+)");
            }
            Durations.check(test.interval(), "interval of " + what, test.position(), out);
            if (test.inputs().isEmpty()) {
                out.error("TEST002", test.position(), what + " has no input series; add series(...)");
            }
            if (test.alerts().isEmpty() && test.exprs().isEmpty()) {
                out.error("TEST003", test.position(), what + " expects nothing; add expectFiring, expectSilent or"
                        + " expectSamples");
            }
            for (TestSeries series : test.inputs()) {
                checkSeries(series, what, test, out);
            }
            for (AlertExpectation expectation : test.alerts()) {
                Durations.check(expectation.evalTime(), "eval time of " + what, test.position(), out);
                AlertRule alert = alerts.get(expectation.alertName());
                if (alert == null) {
                    out.error("TEST004", test.position(), what + " expects alert '" + expectation.alertName()
                            + "', which is not declared (promtool would pass such a test silently)");
                    continue;
                }
                for (ExpectedAlert expected : expectation.expected()) {
                    checkTemplatedAnnotations(alert, expected, what, test, out);
                }
            }
            for (ExprExpectation expr : test.exprs()) {
                Durations.check(expr.evalTime(), "eval time of " + what, test.position(), out);
            }
        }
    }

    private static void checkSeries(TestSeries series, String what, RuleTest test, Diagnostics out) {
        try {
            if (!(PromQL.parse(series.series()) instanceof VectorSelector)) {
                out.error("TEST005", test.position(), what + " has input series '" + series.series()
                        + "', which is not a plain series selector such as up{job=\"api\"}");
            }
        } catch (PromQLSyntaxException e) {
            out.error("TEST005", test.position(), what + " has input series '" + series.series()
                    + "', which is not a valid series: " + e.reason());
        }
        if (!VALUES.matcher(series.values()).matches()) {
            out.error("TEST006", test.position(), what + " has values '" + series.values() + "' for "
                    + series.series() + "; use the expanding notation, e.g. '0+10x30' or '1 1 _ 0x5'");
        }
    }

    private static void checkTemplatedAnnotations(AlertRule alert, ExpectedAlert expected, String what, RuleTest test,
                                                  Diagnostics out) {
        for (Map.Entry<String, String> annotation : ExpectedAlerts.ownAnnotations(alert).entrySet()) {
            if (ExpectedAlerts.isTemplate(annotation.getValue()) && !expected.annotations().containsKey(annotation.getKey())) {
                out.error("TEST007", test.position(), what + " expects alert '" + alert.name()
                        + "' but not the text of its templated annotation '" + annotation.getKey()
                        + "'; promtool compares annotations exactly, so add annotation(\"" + annotation.getKey()
                        + "\", <rendered text>)");
            }
        }
    }
}
