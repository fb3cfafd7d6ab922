package dev.obsc.compiler.analysis.routing;

/**
 * Whether an alert matches: definitely, not at all, or maybe, when a matcher tests a label whose
 * value comes from the alert's expression (the series' labels) and is unknown until it fires.
 */
public enum Certainty {
    NO, MAYBE, YES;

    Certainty and(Certainty other) {
        return values()[Math.min(ordinal(), other.ordinal())];
    }
}
