package dev.obsc.model;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An alerting rule. {@code labels} are extra labels besides severity, team and service;
 * {@code annotations} are extra annotations besides summary, description and runbook_url;
 * {@code tests} are unit tests declared next to the alert.
 */
public record AlertRule(String name, Query expr, Optional<String> forDuration, Optional<String> keepFiringFor,
                        Severity severity, String team, String service,
                        SortedMap<String, String> labels, String summary, String description,
                        String runbookUrl, Optional<DashboardLink> dashboard,
                        SortedMap<String, String> annotations, List<RuleTest> tests,
                        List<Suppression> suppressions, SourcePosition position) {
    public AlertRule {
        tests = List.copyOf(tests);
        suppressions = List.copyOf(suppressions);
        labels = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(labels));
        annotations = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(annotations));
    }

    /** Every label the rule itself attaches to the alerts it fires. */
    public SortedMap<String, String> allLabels() {
        TreeMap<String, String> all = new TreeMap<>(labels);
        all.put("severity", severity.label());
        all.put("team", team);
        all.put("service", service);
        return java.util.Collections.unmodifiableSortedMap(all);
    }
}
