package dev.obsc.model;

import java.util.List;

/** While an alert matching {@code source} fires, alerts matching {@code target} with equal {@code equal} labels are muted. */
public record InhibitRule(List<Matcher> source, List<Matcher> target, List<String> equal, SourcePosition position) {
    public InhibitRule {
        source = List.copyOf(source);
        target = List.copyOf(target);
        equal = List.copyOf(equal);
    }
}
