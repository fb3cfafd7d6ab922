package dev.obsc.compiler.slo;

import dev.obsc.model.Query;
import dev.obsc.model.RecordingRule;
import dev.obsc.model.RuleGroup;
import dev.obsc.model.Slo;
import dev.obsc.model.SloSeries;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The recording rules of one SLO's own, in two groups; everything per window is recorded once for
 * all SLOs by {@link SloSharedRules}. The base group (every 30s) is the only one that reads raw
 * metrics: bad and all events per second over 5m, plus the SLO's error budget as a constant the
 * shared burn-rate rules divide by. The slow group (every 5 minutes) records the budget left per
 * period, read from the shared ratios, and the info series.
 */
final class SloRecordingRules {
    static final String BASE_INTERVAL = "30s";
    static final String SLOW_INTERVAL = "5m";

    private SloRecordingRules() {
    }

    /** The SLO's base group, which runs before the shared groups. */
    static RuleGroup base(Slo slo) {
        List<RecordingRule> base = List.of(
                rule(slo, SloSeries.errorRate(SloSeries.BASE_WINDOW), SliQueries.errorRate(slo.sli())),
                rule(slo, SloSeries.totalRate(SloSeries.BASE_WINDOW), SliQueries.totalRate(slo.sli())),
                rule(slo, SloSeries.ERROR_BUDGET, "vector(" + BurnFactors.text(slo.errorBudget()) + ")"));
        return new RuleGroup(SloSeries.baseGroup(slo.name()), BASE_INTERVAL, base, slo.position());
    }

    /** The SLO's slow group, which runs after the shared groups. */
    static RuleGroup slow(Slo slo) {
        String budget = BurnFactors.text(slo.errorBudget());
        List<RecordingRule> slow = new ArrayList<>();
        for (String period : slo.periods()) {
            slow.add(rule(slo, SloSeries.BUDGET_REMAINING, "1 - " + select(slo, SloSeries.errorRatio(period)) + " / " + budget,
                    Map.of(SloSeries.PERIOD_LABEL, period)));
        }
        slow.add(rule(slo, SloSeries.INFO, "vector(1)", info(slo)));
        return new RuleGroup(SloSeries.slowGroup(slo.name()), SLOW_INTERVAL, slow, slo.position());
    }

    /** {@code series{slo="name"}}. */
    static String select(Slo slo, String series) {
        return series + "{" + SloSeries.SLO_LABEL + "=\"" + slo.name() + "\"}";
    }

    private static Map<String, String> info(Slo slo) {
        Map<String, String> labels = new TreeMap<>();
        labels.put("objective", BurnFactors.text(slo.objective()));
        labels.put("periods", String.join(",", slo.periods()));
        labels.put("team", slo.team());
        labels.put("description", slo.description());
        return labels;
    }

    private static RecordingRule rule(Slo slo, String record, String expr) {
        return rule(slo, record, expr, Map.of());
    }

    private static RecordingRule rule(Slo slo, String record, String expr, Map<String, String> extra) {
        TreeMap<String, String> labels = new TreeMap<>(extra);
        labels.put(SloSeries.SLO_LABEL, slo.name());
        labels.put("service", slo.service());
        return new RecordingRule(record, new Query(expr), labels, List.of(), slo.position());
    }
}
