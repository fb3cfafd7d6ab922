package dev.obsc.compiler.bench;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

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
