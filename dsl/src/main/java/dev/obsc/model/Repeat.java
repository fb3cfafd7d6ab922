package dev.obsc.model;

/** One copy of the panel per selected value of a dashboard variable, side by side or stacked. */
public record Repeat(String variable, boolean horizontal, int maxPerRow) {
}
