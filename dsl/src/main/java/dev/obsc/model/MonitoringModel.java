package dev.obsc.model;

import java.util.List;

/** Everything one set of definitions declares; the compiler's input. */
public record MonitoringModel(String name, List<Metric> metrics, List<RuleGroup> recordingGroups,
                              List<AlertGroup> alertGroups, AlertmanagerModel alertmanager,
                              GrafanaModel grafana) {
    public MonitoringModel {
        metrics = List.copyOf(metrics);
        recordingGroups = List.copyOf(recordingGroups);
        alertGroups = List.copyOf(alertGroups);
    }

    public List<AlertRule> alerts() {
        return alertGroups.stream().flatMap(g -> g.alerts().stream()).toList();
    }

    public List<RecordingRule> recordingRules() {
        return recordingGroups.stream().flatMap(g -> g.rules().stream()).toList();
    }
}
