package dev.obsc.model;

import java.util.SortedMap;
import java.util.TreeMap;

public record RecordingRule(String record, Query expr, SortedMap<String, String> labels,
                            SourcePosition position) {
    public RecordingRule {
        labels = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(labels));
    }
}
