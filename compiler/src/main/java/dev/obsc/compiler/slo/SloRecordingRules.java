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
 * The recording rules of one SLO, in three groups. The base group (every 30s) is the only one that
 * reads raw metrics: bad and all events per second over 5m. Every longer window averages those two
 * recorded rates ({@code avg_over_time}), which weights each moment by its traffic, unlike averaging
 * ratios, and never scans raw data over days. Ratios divide by {@code (total > 0)}, so zero traffic
 * records no sample instead of NaN. Windows under a day run every minute, longer ones, the budget
 * left per period and the info series every 5 minutes.
 */
final class SloRecordingRules {
    static final String BASE_INTERVAL = "30s";
    static final String WINDOWS_INTERVAL = "1m";
    static final String SLOW_INTERVAL = "5m";

    private SloRecordingRules() {
    }

    static List<RuleGroup> of(Slo slo) {
        String budget = BurnFactors.text(slo.errorBudget());
        List<RecordingRule> base = new ArrayList<>();
        List<RecordingRule> windows = new ArrayList<>();
        List<RecordingRule> slow = new ArrayList<>();
        for (String window : SloWindows.of(slo)) {
            boolean isBase = window.equals(SloSeries.BASE_WINDOW);
            List<RecordingRule> group = isBase ? base : SloWindows.isSlow(window) ? slow : windows;
            if (isBase) {
                group.add(rule(slo, SloSeries.errorRate(window), SliQueries.errorRate(slo.sli())));
                group.add(rule(slo, SloSeries.totalRate(window), SliQueries.totalRate(slo.sli())));
            } else {
                group.add(rule(slo, SloSeries.errorRate(window), average(slo, SloSeries.errorRate(SloSeries.BASE_WINDOW), window)));
                group.add(rule(slo, SloSeries.totalRate(window), average(slo, SloSeries.totalRate(SloSeries.BASE_WINDOW), window)));
            }
            group.add(rule(slo, SloSeries.errorRatio(window), select(slo, SloSeries.errorRate(window)) + " / ("
                    + select(slo, SloSeries.totalRate(window)) + " > 0)"));
            group.add(rule(slo, SloSeries.burnRate(window), select(slo, SloSeries.errorRatio(window)) + " / " + budget));
        }
        for (String period : slo.periods()) {
            slow.add(rule(slo, SloSeries.BUDGET_REMAINING, "1 - " + select(slo, SloSeries.errorRatio(period)) + " / " + budget,
                    Map.of(SloSeries.PERIOD_LABEL, period)));
        }
        slow.add(rule(slo, SloSeries.INFO, "vector(1)", info(slo)));
        List<RuleGroup> groups = new ArrayList<>();
        groups.add(new RuleGroup(SloSeries.baseGroup(slo.name()), BASE_INTERVAL, base, slo.position()));
        if (!windows.isEmpty()) {
            groups.add(new RuleGroup(SloSeries.windowsGroup(slo.name()), WINDOWS_INTERVAL, windows, slo.position()));
        }
        groups.add(new RuleGroup(SloSeries.slowGroup(slo.name()), SLOW_INTERVAL, slow, slo.position()));
        return groups;
    }

    /** {@code series{slo="name"}}. */
    static String select(Slo slo, String series) {
        return series + "{" + SloSeries.SLO_LABEL + "=\"" + slo.name() + "\"}";
    }

    private static String average(Slo slo, String baseSeries, String window) {
        return "avg_over_time(" + select(slo, baseSeries) + "[" + window + "])";
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
