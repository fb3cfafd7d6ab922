package dev.obsc.compiler.cli;

import dev.obsc.compiler.promql.CheckOptions;
import dev.obsc.compiler.promql.CheckResult;
import dev.obsc.compiler.promql.PromQL;
import dev.obsc.compiler.promql.PromQLDiagnostic;
import dev.obsc.compiler.promql.SeriesCatalog;
import dev.obsc.compiler.promql.TypeChecker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/**
 * {@code obsc promql}: prints each expression's canonical form, or its diagnostics. Without a
 * catalog only the syntax is checked; with one, every type and catalog check runs too.
 */
final class PromQLCommand {
    private final PrintStream out;
    private final PrintStream err;

    PromQLCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Checks each expression; returns whether any had an error. */
    boolean run(List<String> expressions, Optional<SeriesCatalog> catalog) {
        boolean failed = false;
        for (String expression : expressions) {
            if (expression.isBlank()) {
                continue;
            }
            if (catalog.isPresent()) {
                CheckResult result = new TypeChecker(catalog.get(), CheckOptions.query()).check(expression);
                result.diagnostics().forEach(d -> err.println(d.render(expression)));
                failed |= result.hasErrors();
                if (!result.hasErrors()) {
                    result.expr().ifPresent(expr -> out.println(PromQL.print(expr)));
                }
            } else {
                try {
                    out.println(PromQL.format(expression));
                } catch (dev.obsc.compiler.promql.PromQLSyntaxException e) {
                    err.println(new PromQLDiagnostic(PromQLDiagnostic.Code.SYNTAX_ERROR,
                            PromQLDiagnostic.Severity.ERROR, "syntax error: " + e.reason(), e.span()).render(expression));
                    failed = true;
                }
            }
        }
        return failed;
    }

    static List<String> readLines(BufferedReader in) throws IOException {
        return in.lines().toList();
    }
}
