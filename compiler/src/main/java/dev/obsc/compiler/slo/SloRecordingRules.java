package dev.obsc.compiler.slo;

import dev.obsc.model.Query;
import dev.obsc.model.RecordingRule;
import dev.obsc.model.RuleGroup;
import dev.obsc.model.Slo;
import dev.obsc.model.SloSeries;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The recording rules of one SLO's own, in one group (every 30s); everything per window and period
 * is recorded once for all SLOs by {@link SloSharedRules}. They are the only rules that read raw
 * metrics: bad and all events per second over 5m; plus the SLO's error budget as a constant the
 * shared burn-rate rules divide by, and the info series its alerts read the description from.
 * Every series carries {@code slo}, {@code service} and {@code team}, so the shared rules and the
 * service's alerts select by them.
 */
final class SloRecordingRules {
    static final String BASE_INTERVAL = "30s";

    private SloRecordingRules() {
    }

    /** The SLO's group, which runs before the shared groups. */
    static RuleGroup base(Slo slo) {
        List<RecordingRule> base = List.of(
                rule(slo, SloSeries.errorRate(SloSeries.BASE_WINDOW), SliQueries.errorRate(slo.sli()), Map.of()),
                rule(slo, SloSeries.totalRate(SloSeries.BASE_WINDOW), SliQueries.totalRate(slo.sli()), Map.of()),
                rule(slo, SloSeries.ERROR_BUDGET, "vector(" + BurnFactors.text(slo.errorBudget()) + ")", Map.of()),
                rule(slo, SloSeries.INFO, "vector(1)", info(slo)));
        return new RuleGroup(SloSeries.baseGroup(slo.name()), BASE_INTERVAL, base, slo.position());
    }

    /** {@code series{slo="name"}}. */
    static String select(Slo slo, String series) {
        return series + "{" + SloSeries.SLO_LABEL + "=\"" + slo.name() + "\"}";
    }

    private static Map<String, String> info(Slo slo) {
        Map<String, String> labels = new TreeMap<>();
        labels.put(SloSeries.OBJECTIVE_LABEL, BurnFactors.text(slo.objective()));
        labels.put(SloSeries.PERIODS_LABEL, String.join(",", slo.periods()));
        labels.put(SloSeries.DESCRIPTION_LABEL, slo.description().strip());
        return labels;
    }

    private static RecordingRule rule(Slo slo, String record, String expr, Map<String, String> extra) {
        TreeMap<String, String> labels = new TreeMap<>(extra);
        labels.put(SloSeries.SLO_LABEL, slo.name());
        labels.put(SloSeries.SERVICE_LABEL, slo.service());
        labels.put(SloSeries.TEAM_LABEL, slo.team());
        return new RecordingRule(record, new Query(expr), labels, List.of(), slo.position());
    }
}
