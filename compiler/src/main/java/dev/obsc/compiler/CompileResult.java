package dev.obsc.compiler;

import dev.obsc.compiler.diagnostics.Diagnostic;
import dev.obsc.compiler.emit.OutputFile;

import java.util.List;

/** Diagnostics of a compilation and, when none is an error, the files to write. */
public record CompileResult(List<Diagnostic> diagnostics, List<OutputFile> files) {
    public CompileResult {
        diagnostics = List.copyOf(diagnostics);
        files = List.copyOf(files);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
