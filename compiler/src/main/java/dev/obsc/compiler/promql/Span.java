package dev.obsc.compiler.promql;

/**
 * A half-open range {@code [start, end)} of character offsets into the PromQL source text.
 * Diagnostics use it to put a caret under the offending part of an expression.
 */
public record Span(int start, int end) {

    /** The span of nodes built in code rather than parsed from text. */
    public static final Span NONE = new Span(0, 0);

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    public static Span of(int start, int end) {
        return new Span(start, end);
    }

    /** The smallest span covering both this span and {@code other}. */
    public Span to(Span other) {
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }

    public int length() {
        return end - start;
    }

    /** {@code query} on one line with a caret line under this span, indented to stand out in a log. */
    public String caretUnder(String query) {
        String oneLine = query.replace('\n', ' ');
        int from = Math.min(start, oneLine.length());
        int width = Math.max(1, Math.min(end, oneLine.length()) - from);
        return "    " + oneLine + "\n    " + " ".repeat(from) + "^".repeat(width);
    }
}
