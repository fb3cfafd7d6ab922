package dev.obsc.model;

import java.util.List;

/** A named group of recording rules evaluated together at one interval. */
public record RuleGroup(String name, String interval, List<RecordingRule> rules, SourcePosition position) {
    public RuleGroup {
        rules = List.copyOf(rules);
    }
}
