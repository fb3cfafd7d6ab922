package dev.obsc.compiler.promql;

import java.util.Objects;

/**
 * A problem found in a PromQL expression: a stable code, a severity, a message that says what
 * to do, and the span of the offending part of the expression.
 */
public record PromQLDiagnostic(Code code, Severity severity, String message, Span span) {

    public enum Severity { ERROR, WARNING }

    /** Stable codes; never renumber, only add. */
    public enum Code {
        SYNTAX_ERROR("PROMQL001"),
        UNKNOWN_METRIC("PROMQL002"),
        UNKNOWN_LABEL("PROMQL003"),
        WRONG_ARGUMENT_COUNT("PROMQL004"),
        WRONG_TYPE("PROMQL005"),
        RATE_OF_NON_COUNTER("PROMQL006"),
        BARE_COUNTER("PROMQL007"),
        HISTOGRAM_QUANTILE_NOT_BUCKETS("PROMQL008"),
        HISTOGRAM_QUANTILE_WITHOUT_LE("PROMQL009"),
        RANGE_TOO_SHORT("PROMQL010"),
        RECORDING_RULE_FILTERS("PROMQL011"),
        ALERT_WITHOUT_CONDITION("PROMQL012");

        private final String id;

        Code(String id) {
            this.id = id;
        }

        /** The stable identifier, e.g. {@code PROMQL003}. */
        public String id() {
            return id;
        }
    }

    public PromQLDiagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(span, "span");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * The message with the expression and a caret line under the span, e.g.
     * <pre>
     * PROMQL002 error: unknown metric 'http_request_total'; did you mean 'http_requests_total'?
     *   rate(http_request_total[5m])
     *        ^^^^^^^^^^^^^^^^^^
     * </pre>
     */
    public String render(String source) {
        StringBuilder text = new StringBuilder()
                .append(code.id()).append(' ').append(severity.name().toLowerCase(java.util.Locale.ROOT)).append(": ")
                .append(message);
        if (source.indexOf('\n') < 0 && span.end() <= source.length()) {
            text.append("\n  ").append(source).append("\n  ")
                    .append(" ".repeat(span.start()))
                    .append("^".repeat(Math.max(1, span.length())));
        }
        return text.toString();
    }
}
