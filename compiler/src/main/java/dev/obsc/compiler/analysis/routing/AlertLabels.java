package dev.obsc.compiler.analysis.routing;

import dev.obsc.compiler.promql.LabelSet;
import dev.obsc.model.AlertRule;
import dev.obsc.model.Matcher;

import java.util.Map;
import java.util.TreeMap;

/**
 * What is known of the labels an alert carries: fixed values (its name and the rule's labels) and
 * the labels its expression may add, whose values are unknown until it fires.
 */
public record AlertLabels(AlertRule alert, Map<String, String> fixed, LabelSet fromExpression) {

    public static AlertLabels of(AlertRule alert, LabelSet fromExpression) {
        Map<String, String> fixed = new TreeMap<>(alert.allLabels());
        fixed.put("alertname", alert.name());
        return new AlertLabels(alert, fixed, fromExpression);
    }

    /** Whether this alert matches {@code matcher}. */
    public Certainty matches(Matcher matcher) {
        String value = fixed.get(matcher.label());
        if (value == null && fromExpression.mayContain(matcher.label())) {
            return Certainty.MAYBE;
        }
        return matcher.matches(value == null ? "" : value) ? Certainty.YES : Certainty.NO;
    }

    public Certainty matchesAll(Iterable<Matcher> matchers) {
        Certainty result = Certainty.YES;
        for (Matcher matcher : matchers) {
            result = result.and(matches(matcher));
        }
        return result;
    }

    /** Whether the alert can carry {@code label} at all. */
    public boolean carries(String label) {
        return fixed.containsKey(label) || fromExpression.mayContain(label);
    }
}
