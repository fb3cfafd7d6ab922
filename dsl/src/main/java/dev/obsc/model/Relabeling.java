package dev.obsc.model;

import java.util.List;

/** One Prometheus {@code relabel_configs} step: action, source labels, regex, target and replacement. */
public record Relabeling(String action, List<String> sourceLabels, String regex, String targetLabel,
                         String replacement) {
    public Relabeling {
        sourceLabels = List.copyOf(sourceLabels);
    }
}
