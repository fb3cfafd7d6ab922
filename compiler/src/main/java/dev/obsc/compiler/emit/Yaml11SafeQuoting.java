package dev.obsc.compiler.emit;

import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;

import java.util.regex.Pattern;

/**
 * Decides which strings need quotes. Two goals: every YAML reader sees the same string, and
 * PromQL stays readable (Jackson's default would double-quote and escape every {@code "} in a
 * selector). Prometheus, Alertmanager and many deploy tools read YAML 1.1, where an unquoted
 * {@code 2024-01-01} is a date, {@code 12:30} a base-60 number and {@code <<} a merge key, so
 * those are quoted too. Where a plain scalar is impossible the YAML emitter still quotes on its own,
 * and the compiler re-reads every file it emits to prove nothing changed.
 */
final class Yaml11SafeQuoting extends StringQuotingChecker {
    private static final Pattern YAML11_SCALAR = Pattern.compile(
            "\\d{4}-\\d{1,2}-\\d{1,2}.*"                                   // timestamps
                    + "|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?"      // sexagesimal numbers and times
                    + "|<<|~|[-+]?\\.(inf|Inf|INF|nan|NaN|NAN)"
                    + "|[-+]?(0[xX][0-9a-fA-F_]+|0[oO]?[0-7_]+|0[bB][01_]+"      // integers of YAML 1.1 and 1.2
                    + "|[0-9][0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?|\\.[0-9_]+([eE][-+]?[0-9]+)?)"); // decimals
    /** Every alternative of {@link #YAML11_SCALAR} starts with a digit or one of these: others skip the regex. */
    private static final String SCALAR_STARTS = "+-.<~";
    /** Characters that give a scalar another meaning when they start it. */
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    @Override
    public boolean needToQuoteValue(String value) {
        return needsQuotes(value);
    }

    @Override
    public boolean needToQuoteName(String name) {
        return needsQuotes(name);
    }

    private static boolean mayBeYaml11Scalar(char first) {
        return first >= '0' && first <= '9' || SCALAR_STARTS.indexOf(first) >= 0;
    }

    private boolean needsQuotes(String s) {
        return s.isEmpty()
                || isReservedKeyword(s)
                || mayBeYaml11Scalar(s.charAt(0)) && YAML11_SCALAR.matcher(s).matches()
                || INDICATORS.indexOf(s.charAt(0)) >= 0
                || Character.isWhitespace(s.charAt(0))
                || Character.isWhitespace(s.charAt(s.length() - 1))
                || s.endsWith(":")
                || s.contains(": ")
                || s.contains(" #")
                || s.contains("\t");
    }
}
