package dev.obsc.compiler.analysis;

import dev.obsc.compiler.diagnostics.Diagnostics;
import dev.obsc.model.AlertGroup;
import dev.obsc.model.MonitoringModel;
import dev.obsc.model.RecordingRule;
import dev.obsc.model.RuleGroup;
import dev.obsc.model.SourcePosition;

import java.util.HashMap;
import java.util.Map;

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
        for (RecordingRule rule : model.recordingRules()) {
            checkRecordingRule(rule, records, out);
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

    /** What a recording rule writes: its name and static labels. */
    private record RecordedSeries(String record, Map<String, String> labels) {
    }

    private static void checkRecordingRule(RecordingRule rule, Map<RecordedSeries, RecordingRule> seen, Diagnostics out) {
        if (!Names.METRIC.matcher(rule.record()).matches()) {
            out.error("RULE003", rule.position(), "recording rule name '" + rule.record()
                    + "' is not a valid metric name ([a-zA-Z_:][a-zA-Z0-9_:]*)");
        } else if (!Names.RECORDING_CONVENTION.matcher(rule.record()).matches()) {
            out.warning("RULE004", rule.position(), "recording rule name '" + rule.record()
                    + "' does not follow level:metric:operations (e.g. job:http_requests:rate5m)");
        }
        RecordingRule earlier = seen.putIfAbsent(new RecordedSeries(rule.record(), rule.labels()), rule);
        if (earlier != null) {
            out.error("RULE005", rule.position(), "series '" + rule.record() + "' with labels " + rule.labels()
                    + " is already recorded at " + earlier.position() + "; two rules would write the same series");
        }
        for (String label : rule.labels().keySet()) {
            if (!Labels.isValid(label)) {
                Labels.checkName(label, "recording rule '" + rule.record() + "'", rule.position(), out);
            }
        }
    }
}
