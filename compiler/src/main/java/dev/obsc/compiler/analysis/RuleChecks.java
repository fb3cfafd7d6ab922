package dev.obsc.compiler.analysis;

import dev.obsc.compiler.diagnostics.Diagnostics;
import dev.obsc.model.AlertGroup;
import dev.obsc.model.MonitoringModel;
import dev.obsc.model.RecordingRule;
import dev.obsc.model.RuleGroup;
import dev.obsc.model.SourcePosition;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Rule groups and recording rules: names, intervals, uniqueness. */
final class RuleChecks {
    private RuleChecks() {
    }

    static void check(MonitoringModel model, Diagnostics out) {
        Map<String, SourcePosition> groups = new HashMap<>();
        for (RuleGroup group : model.recordingGroups()) {
            checkGroup(group.name(), group.interval(), group.position(), groups, out);
        }
        for (AlertGroup group : model.alertGroups()) {
            checkGroup(group.name(), group.interval(), group.position(), groups, out);
        }
        Map<RecordedSeries, RecordingRule> records = new HashMap<>();
        // Thousands of SLOs record a handful of names with a handful of labels: each name is judged once.
        Map<String, Boolean> validLabels = new HashMap<>();
        Set<String> namesChecked = new HashSet<>();
        for (RecordingRule rule : model.recordingRules()) {
            checkRecordingRule(rule, records, namesChecked, validLabels, out);
        }
    }

    private static void checkGroup(String name, String interval, SourcePosition position,
                                   Map<String, SourcePosition> seen, Diagnostics out) {
        if (name.isBlank()) {
            out.error("RULE001", position, "rule group has no name");
        }
        SourcePosition earlier = seen.putIfAbsent(name, position);
        if (earlier != null) {
            out.error("RULE002", position, "rule group '" + name + "' is declared twice; the first is at " + earlier
                    + ". Prometheus refuses duplicate group names; rename one");
        }
        Durations.check(interval, "evaluation interval of group '" + name + "'", position, out);
    }

    /** Whether the rule's name is a valid metric name that follows the naming convention; reports it if not. */
    private static boolean checkName(RecordingRule rule, Diagnostics out) {
        if (!Names.METRIC.matcher(rule.record()).matches()) {
            out.error("RULE003", rule.position(), "recording rule name '" + rule.record()
                    + "' is not a valid metric name ([a-zA-Z_:][a-zA-Z0-9_:]*)");
            return false;
        }
        if (!Names.RECORDING_CONVENTION.matcher(rule.record()).matches()) {
            out.warning("RULE004", rule.position(), "recording rule name '" + rule.record()
                    + "' does not follow level:metric:operations (e.g. job:http_requests:rate5m)");
            return false;
        }
        return true;
    }

    /** What a recording rule writes: its name and static labels. */
    private record RecordedSeries(String record, Map<String, String> labels) {
    }

    private static void checkRecordingRule(RecordingRule rule, Map<RecordedSeries, RecordingRule> seen,
                                           Set<String> namesChecked, Map<String, Boolean> validLabels, Diagnostics out) {
        // A name found valid and conventional once is so at every rule; any other is reported at each.
        if (!namesChecked.contains(rule.record()) && checkName(rule, out)) {
            namesChecked.add(rule.record());
        }
        RecordingRule earlier = seen.putIfAbsent(new RecordedSeries(rule.record(), rule.labels()), rule);
        if (earlier != null) {
            out.error("RULE005", rule.position(), "series '" + rule.record() + "' with labels " + rule.labels()
                    + " is already recorded at " + earlier.position() + "; two rules would write the same series");
        }
        for (String label : rule.labels().keySet()) {
            if (!validLabels.computeIfAbsent(label, Labels::isValid)) {
                Labels.checkName(label, "recording rule '" + rule.record() + "'", rule.position(), out);
            }
        }
    }
}
