package dev.obsc.model;

import java.util.List;
import java.util.Optional;

/**
 * Everything one set of definitions declares; the compiler's input. {@code scrapeInterval} is how
 * often Prometheus scrapes the metrics, so queries can be checked for ranges too short to hold
 * enough samples. {@code stack} is the monitoring stack and its environments ({@link StackModel#NONE}
 * when only rules, Alertmanager and Grafana files are wanted). {@code slos} are the declared SLOs;
 * the compiler expands them into rule groups, alert groups and rule tests before analysis.
 */
public record MonitoringModel(String name, Optional<String> scrapeInterval, List<Metric> metrics, List<RuleGroup> recordingGroups,
                              List<AlertGroup> alertGroups, AlertmanagerModel alertmanager,
                              GrafanaModel grafana, List<RuleTest> ruleTests, StackModel stack, List<Slo> slos) {
    public MonitoringModel {
        slos = List.copyOf(slos);
        ruleTests = List.copyOf(ruleTests);
        metrics = List.copyOf(metrics);
        recordingGroups = List.copyOf(recordingGroups);
        alertGroups = List.copyOf(alertGroups);
    }

    /** A model without SLOs. */
    public MonitoringModel(String name, Optional<String> scrapeInterval, List<Metric> metrics,
                           List<RuleGroup> recordingGroups, List<AlertGroup> alertGroups,
                           AlertmanagerModel alertmanager, GrafanaModel grafana, List<RuleTest> ruleTests,
                           StackModel stack) {
        this(name, scrapeInterval, metrics, recordingGroups, alertGroups, alertmanager, grafana, ruleTests, stack,
                List.of());
    }

    /** This model with more rule groups, alert groups and rule tests appended (what SLOs expand into). */
    public MonitoringModel withAppended(List<RuleGroup> moreRecordingGroups, List<AlertGroup> moreAlertGroups,
                                        List<RuleTest> moreRuleTests) {
        return new MonitoringModel(name, scrapeInterval, metrics, concat(recordingGroups, moreRecordingGroups),
                concat(alertGroups, moreAlertGroups), alertmanager, grafana, concat(ruleTests, moreRuleTests), stack, slos);
    }

    /** This model with another Grafana side (e.g. with the dashboards generated from SLOs). */
    public MonitoringModel withGrafana(GrafanaModel newGrafana) {
        return new MonitoringModel(name, scrapeInterval, metrics, recordingGroups, alertGroups, alertmanager, newGrafana,
                ruleTests, stack, slos);
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new java.util.ArrayList<>(first.size() + second.size());
        all.addAll(first);
        all.addAll(second);
        return all;
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
