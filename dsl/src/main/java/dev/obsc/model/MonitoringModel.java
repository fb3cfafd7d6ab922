package dev.obsc.model;

import java.util.List;
import java.util.Optional;

/**
 * Everything one set of definitions declares; the compiler's input. {@code scrapeInterval} is how
 * often Prometheus scrapes the metrics, so queries can be checked for ranges too short to hold
 * enough samples. {@code stack} is the monitoring stack and its environments ({@link StackModel#NONE}
 * when only rules, Alertmanager and Grafana files are wanted).
 */
public record MonitoringModel(String name, Optional<String> scrapeInterval, List<Metric> metrics, List<RuleGroup> recordingGroups,
                              List<AlertGroup> alertGroups, AlertmanagerModel alertmanager,
                              GrafanaModel grafana, List<RuleTest> ruleTests, StackModel stack) {
    public MonitoringModel {
        ruleTests = List.copyOf(ruleTests);
        metrics = List.copyOf(metrics);
        recordingGroups = List.copyOf(recordingGroups);
        alertGroups = List.copyOf(alertGroups);
    }

    public List<AlertRule> alerts() {
        return alertGroups.stream().flatMap(g -> g.alerts().stream()).toList();
    }

    /** Every rule test: those declared next to alerts, then the free-standing ones. */
    public List<RuleTest> allRuleTests() {
        return java.util.stream.Stream.concat(alerts().stream().flatMap(a -> a.tests().stream()), ruleTests.stream())
                .toList();
    }

    public List<RecordingRule> recordingRules() {
        return recordingGroups.stream().flatMap(g -> g.rules().stream()).toList();
    }
}
