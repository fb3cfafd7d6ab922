package dev.obsc.compiler.imports;

import dev.obsc.compiler.promql.Expr;
import dev.obsc.compiler.promql.PromQL;
import dev.obsc.compiler.promql.PromQLSyntaxException;
import dev.obsc.model.SloSeries;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads one SLI query of a spec: Sloth's {@code {{.window}}} placeholder becomes the base window
 * (obsc records events per second over it and derives every longer window from those recordings),
 * the text must parse as PromQL (IMPORT006 with a caret otherwise), and its metrics join the
 * inferred catalog.
 */
final class SliQueryImport {
    static final String REJECTED = "IMPORT006";
    private static final Pattern WINDOW = Pattern.compile("\\{\\{\\s*\\.window\\s*}}");

    private final SpecFields fields;
    private final InferredCatalog catalog;

    SliQueryImport(SpecFields fields, InferredCatalog catalog) {
        this.fields = fields;
        this.catalog = catalog;
    }

    /** A parsed query: the text as obsc will record it, and its tree. */
    record Parsed(String text, Expr expr) {
    }

    Optional<Parsed> read(SpecNode.Scalar query, String what, boolean markedCounter) {
        String text = WINDOW.matcher(query.text().strip()).replaceAll(SloSeries.BASE_WINDOW);
        try {
            Expr expr = PromQL.parse(text);
            catalog.add(expr, markedCounter, fields.at(query));
            return Optional.of(new Parsed(text, expr));
        } catch (PromQLSyntaxException e) {
            fields.error(REJECTED, query, what + " is not valid PromQL: " + e.reason() + "\n"
                    + e.span().caretUnder(text));
            return Optional.empty();
        }
    }
}
