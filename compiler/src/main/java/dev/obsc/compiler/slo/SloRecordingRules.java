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
 * The recording rules of each SLO's own, in one group per service (every 30s); everything per window
 * and period is recorded once for all SLOs by {@link SloSharedRules}. They are the only rules that
 * read raw metrics: bad and all events per second over 5m; plus the SLO's error budget as a constant
 * the shared burn-rate rules divide by, and the info series its alerts read the description from
 * (which alone names the team). Every series carries {@code slo} and {@code service}, so the shared
 * rules and the service's alerts select by them.
 */
final class SloRecordingRules {
    static final String BASE_INTERVAL = "30s";

    private SloRecordingRules() {
    }

    /** The group of a service's SLOs, which runs before the shared groups. */
    static RuleGroup base(String service, List<Slo> slos) {
        List<RecordingRule> base = new ArrayList<>();
        slos.forEach(slo -> base.addAll(base(slo)));
        return new RuleGroup(SloSeries.baseGroup(service), BASE_INTERVAL, base, slos.get(0).position());
    }

    /** The rules of one SLO. */
    static List<RecordingRule> base(Slo slo) {
        return List.of(
                rule(slo, SloSeries.errorRate(SloSeries.BASE_WINDOW), SliQueries.errorRate(slo.sli()), Map.of()),
                rule(slo, SloSeries.totalRate(SloSeries.BASE_WINDOW), SliQueries.totalRate(slo.sli()), Map.of()),
                rule(slo, SloSeries.ERROR_BUDGET, "vector(" + BurnFactors.text(slo.errorBudget()) + ")", Map.of()),
                rule(slo, SloSeries.INFO, "vector(1)", info(slo)));
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
        labels.put(SloSeries.TEAM_LABEL, slo.team());
        return labels;
    }

    private static RecordingRule rule(Slo slo, String record, String expr, Map<String, String> extra) {
        TreeMap<String, String> labels = new TreeMap<>(extra);
        labels.put(SloSeries.SLO_LABEL, slo.name());
        labels.put(SloSeries.SERVICE_LABEL, slo.service());
        return new RecordingRule(record, new Query(expr), labels, List.of(), slo.position());
    }
}
