package dev.obsc.compiler.diagnostics;

import dev.obsc.model.SourcePosition;

import java.util.Comparator;

/**
 * One problem found in the definitions: a stable code (for suppression and docs), a message that
 * says what to do, and where the offending definition was written.
 */
public record Diagnostic(Level level, String code, String message, SourcePosition position) {

    /** Source order, so a run's report reads top to bottom through the definitions. */
    public static final Comparator<Diagnostic> SOURCE_ORDER = Comparator
            .comparing((Diagnostic d) -> d.position().file())
            .thenComparingInt(d -> d.position().line())
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);

    public static Diagnostic error(String code, SourcePosition position, String message) {
        return new Diagnostic(Level.ERROR, code, message, position);
    }

    public static Diagnostic warning(String code, SourcePosition position, String message) {
        return new Diagnostic(Level.WARNING, code, message, position);
    }

    public boolean isError() {
        return level == Level.ERROR;
    }

    /** {@code file:line: error[CODE]: message}, the form editors and CI logs link to. */
    public String format() {
        return position + ": " + level.name().toLowerCase(java.util.Locale.ROOT) + "[" + code + "]: " + message;
    }
}
