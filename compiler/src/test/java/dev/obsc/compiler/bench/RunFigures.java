package dev.obsc.compiler.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one benchmark run measured: the groups' evaluation times, the samples the rules produced in
 * their last evaluations ({@code prometheus_rule_group_last_evaluation_samples}) and the series in
 * Prometheus' head block (the series the rules wrote).
 */
record RunFigures(String run, List<GroupEvaluations> groups, long outputSamples, long headSeries) {

    RunFigures {
        groups = List.copyOf(groups);
    }

    static String header() {
        return String.format(Locale.ROOT, "%-10s %7s %7s %14s %14s %10s %9s  %s", "run", "groups", "rules",
                "eval s/cycle", "eval s per s", "out samp.", "head ser.", "slowest group (interval): s");
    }

    /** One line of the table: a cycle is one evaluation of every group. */
    String row() {
        GroupEvaluations slowest = groups.stream().max(Comparator.comparingDouble(GroupEvaluations::meanSeconds))
                .orElseThrow();
        return String.format(Locale.ROOT, "%-10s %7d %7d %14.3f %14.4f %10d %9d  %s (%ds): %.3f", run, groups.size(),
                rules(), cycleSeconds(), load(), outputSamples, headSeries, slowest.name(),
                Math.round(slowest.intervalSeconds()), slowest.meanSeconds());
    }

    /** Evaluation seconds per cycle by group interval, e.g. {@code 30s: 40 groups 0.050 s}. */
    String byInterval() {
        SortedMap<Long, List<GroupEvaluations>> byInterval = new TreeMap<>();
        groups.forEach(g -> byInterval.computeIfAbsent(Math.round(g.intervalSeconds()), i -> new ArrayList<>()).add(g));
        List<String> parts = new ArrayList<>();
        byInterval.forEach((interval, members) -> parts.add(String.format(Locale.ROOT, "%ds: %d groups %.3f s", interval,
                members.size(), members.stream().mapToDouble(GroupEvaluations::meanSeconds).sum())));
        return run + " by interval: " + String.join("; ", parts);
    }

    int rules() {
        return groups.stream().mapToInt(GroupEvaluations::rules).sum();
    }

    double cycleSeconds() {
        return groups.stream().mapToDouble(GroupEvaluations::meanSeconds).sum();
    }

    double load() {
        return groups.stream().mapToDouble(GroupEvaluations::load).sum();
    }
}
