package dev.obsc.compiler.slo;

import dev.obsc.model.Query;
import dev.obsc.model.RecordingRule;
import dev.obsc.model.RuleGroup;
import dev.obsc.model.Slo;
import dev.obsc.model.SloSeries;
import dev.obsc.model.SourcePosition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The recording rules every SLO shares: per window, error and total rates averaged from the base
 * recordings ({@code avg_over_time}, which weights each moment by its traffic and never scans raw
 * data over days), the error ratio, and the burn rate. The base series carry the label {@code slo},
 * so one rule per window serves every SLO: rule count and evaluation work do not grow with the
 * number of SLOs, only the series do. Ratios divide by {@code (total > 0)}, so zero traffic records
 * no sample instead of NaN; burn rates divide by each SLO's recorded error budget, matched on
 * {@code slo}. The budget left per period is shared the same way; when some SLO lacks a period,
 * its rule keeps only the SLOs whose info series lists the period. Windows under a day run every
 * minute, longer ones and the budget left every 5 minutes.
 */
final class SloSharedRules {
    static final String BASE_INTERVAL = SloRecordingRules.BASE_INTERVAL;
    static final String WINDOWS_INTERVAL = "1m";
    static final String SLOW_INTERVAL = "5m";

    private SloSharedRules() {
    }

    /** The shared groups for every window any of {@code slos} records; none without SLOs. */
    static List<RuleGroup> of(List<Slo> slos) {
        if (slos.isEmpty()) {
            return List.of();
        }
        // Shared rules have no declaration of their own; a problem in them is shown at the first SLO.
        SourcePosition at = slos.get(0).position();
        List<RecordingRule> base = new ArrayList<>();
        List<RecordingRule> windows = new ArrayList<>();
        List<RecordingRule> slow = new ArrayList<>();
        for (String window : SloWindows.ofAll(slos)) {
            if (window.equals(SloSeries.BASE_WINDOW)) {
                base.addAll(ratioAndBurn(window, at));
                continue;
            }
            List<RecordingRule> group = SloWindows.isSlow(window) ? slow : windows;
            group.add(rule(SloSeries.errorRate(window), average(SloSeries.errorRate(SloSeries.BASE_WINDOW), window), at));
            group.add(rule(SloSeries.totalRate(window), average(SloSeries.totalRate(SloSeries.BASE_WINDOW), window), at));
            group.addAll(ratioAndBurn(window, at));
        }
        for (String period : SloWindows.periodsOfAll(slos)) {
            slow.add(budgetRemaining(period, slos.stream().allMatch(slo -> slo.periods().contains(period)), at));
        }
        List<RuleGroup> groups = new ArrayList<>();
        groups.add(new RuleGroup(SloSeries.SHARED_BASE_GROUP, BASE_INTERVAL, base, at));
        if (!windows.isEmpty()) {
            groups.add(new RuleGroup(SloSeries.SHARED_WINDOWS_GROUP, WINDOWS_INTERVAL, windows, at));
        }
        if (!slow.isEmpty()) {
            groups.add(new RuleGroup(SloSeries.SHARED_SLOW_GROUP, SLOW_INTERVAL, slow, at));
        }
        return groups;
    }

    private static List<RecordingRule> ratioAndBurn(String window, SourcePosition at) {
        return List.of(
                rule(SloSeries.errorRatio(window), SloSeries.errorRate(window) + " / (" + SloSeries.totalRate(window) + " > 0)", at),
                rule(SloSeries.burnRate(window), SloSeries.errorRatio(window) + " / on (" + SloSeries.SLO_LABEL
                        + ") group_left () " + SloSeries.ERROR_BUDGET, at));
    }

    /** 1 - the period's error ratio / the SLO's budget: 1 untouched, 0 spent, negative overspent. */
    private static RecordingRule budgetRemaining(String period, boolean everySlo, SourcePosition at) {
        String spent = SloSeries.errorRatio(period) + " / on (" + SloSeries.SLO_LABEL + ") group_left () "
                + SloSeries.ERROR_BUDGET;
        if (!everySlo) {
            spent += " and on (" + SloSeries.SLO_LABEL + ") " + SloSeries.INFO + "{" + SloSeries.PERIODS_LABEL
                    + "=~\"(.+,)?" + period + "(,.+)?\"}";
        }
        return new RecordingRule(SloSeries.BUDGET_REMAINING, new Query("1 - (" + spent + ")"),
                new java.util.TreeMap<>(java.util.Map.of(SloSeries.PERIOD_LABEL, period)), List.of(), at);
    }

    private static String average(String baseSeries, String window) {
        return "avg_over_time(" + baseSeries + "[" + window + "])";
    }

    private static RecordingRule rule(String record, String expr, SourcePosition at) {
        return new RecordingRule(record, new Query(expr), Collections.emptySortedMap(), List.of(), at);
    }
}
