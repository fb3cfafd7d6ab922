package dev.obsc.compiler.diagnostics;

import dev.obsc.model.SourcePosition;

import java.util.ArrayList;
import java.util.List;

/** Collects every diagnostic of a run, so one run reports every problem. */
public final class Diagnostics {
    private final List<Diagnostic> all = new ArrayList<>();

    public void error(String code, SourcePosition position, String message) {
        all.add(Diagnostic.error(code, position, message));
    }

    public void warning(String code, SourcePosition position, String message) {
        all.add(Diagnostic.warning(code, position, message));
    }

    public void add(Diagnostic diagnostic) {
        all.add(diagnostic);
    }

    public void addAll(List<Diagnostic> diagnostics) {
        all.addAll(diagnostics);
    }

    public boolean hasErrors() {
        return all.stream().anyMatch(Diagnostic::isError);
    }

    /** Every diagnostic, in source order. */
    public List<Diagnostic> sorted() {
        return all.stream().sorted(Diagnostic.SOURCE_ORDER).toList();
    }
}
