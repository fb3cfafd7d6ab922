package dev.obsc.model;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

public record RecordingRule(String record, Query expr, SortedMap<String, String> labels,
                            List<Suppression> suppressions, SourcePosition position) {
    public RecordingRule {
        suppressions = List.copyOf(suppressions);
        labels = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(labels));
    }
}
