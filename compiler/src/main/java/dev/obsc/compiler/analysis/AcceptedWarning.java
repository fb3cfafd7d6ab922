package dev.obsc.compiler.analysis;

import dev.obsc.compiler.diagnostics.Diagnostic;
import dev.obsc.model.Suppression;

/** A warning a definition accepted, with the suppression that gives the reason. */
public record AcceptedWarning(String subject, Diagnostic warning, Suppression suppression) {
}
