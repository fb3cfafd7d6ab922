package dev.obsc.compiler.promql;

import java.util.Locale;

/**
 * A token. {@code text} is the source text, except for strings, where it is the unescaped
 * value.
 */
record Token(TokenKind kind, String text, Span span) {

    boolean is(TokenKind other) {
        return kind == other;
    }

    /** Whether this is the keyword {@code keyword}; PromQL keywords are case-insensitive. */
    boolean isKeyword(String keyword) {
        return kind == TokenKind.IDENTIFIER && text.equalsIgnoreCase(keyword);
    }

    String lowerText() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** How a message names this token: {@code 'by'}, {@code ')'}, {@code end of input}. */
    String describe() {
        switch (kind) {
            case EOF:
                return "end of input";
            case STRING:
                return "string \"" + text + "\"";
            default:
                return "'" + text + "'";
        }
    }
}
