package dev.obsc.compiler.promql;

/** Entry point of the PromQL front end: parse, print and type-check. */
public final class PromQL {

    private PromQL() {
    }

    /**
     * Parses one PromQL expression.
     *
     * @throws PromQLSyntaxException if the text is not valid PromQL; nothing else is thrown
     */
    public static Expr parse(String source) {
        return Parser.parse(source);
    }

    /** Prints canonical PromQL text; see {@link Printer} for what canonical means. */
    public static String print(Expr expr) {
        return Printer.print(expr);
    }

    /** Parses and prints again: the canonical form of a PromQL expression. */
    public static String format(String source) {
        return print(parse(source));
    }

    /**
     * Parses and type-checks an expression against {@code catalog}; syntax errors come back as
     * diagnostics too, so this never throws for bad input.
     */
    public static CheckResult check(String source, SeriesCatalog catalog, CheckOptions options) {
        return new TypeChecker(catalog, options).check(source);
    }
}
