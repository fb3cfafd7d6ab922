package dev.obsc.compiler.promql;

/**
 * A PromQL expression is not syntactically valid. The parser throws nothing else.
 *
 * <p>{@link #span()} points into the source: an empty span at the end of the text for
 * "unexpected end of input".
 */
public final class PromQLSyntaxException extends RuntimeException {

    private final String reason;
    private final Span span;

    public PromQLSyntaxException(String reason, Span span) {
        super(reason + " (at offset " + span.start() + ")");
        this.reason = reason;
        this.span = span;
    }

    /** What is wrong, without the position. */
    public String reason() {
        return reason;
    }

    public Span span() {
        return span;
    }

    public int offset() {
        return span.start();
    }
}
