package dev.obsc.model;

/**
 * A warning a definition accepts on purpose: the diagnostic code and why. Suppressions are listed
 * in the review report so reviewers see every accepted warning and its reason.
 */
public record Suppression(String code, String reason, SourcePosition position) {
}
