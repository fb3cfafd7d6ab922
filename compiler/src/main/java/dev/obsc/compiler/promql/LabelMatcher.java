package dev.obsc.compiler.promql;

import java.util.Objects;

/** One label matcher inside braces, e.g. {@code job=~"api|web"}. */
public record LabelMatcher(String name, MatchOp op, String value, Span span) {

    public static final String METRIC_NAME_LABEL = "__name__";

    public enum MatchOp {
        EQUAL("="), NOT_EQUAL("!="), REGEX_MATCH("=~"), REGEX_NO_MATCH("!~");

        private final String symbol;

        MatchOp(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public boolean isRegex() {
            return this == REGEX_MATCH || this == REGEX_NO_MATCH;
        }

        public boolean isNegative() {
            return this == NOT_EQUAL || this == REGEX_NO_MATCH;
        }
    }

    public LabelMatcher {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(span, "span");
    }

    public static LabelMatcher of(String name, MatchOp op, String value) {
        return new LabelMatcher(name, op, value, Span.NONE);
    }

    /**
     * Whether this matcher accepts a series that lacks the label (an empty value). Prometheus
     * requires every selector to have at least one matcher that does not, so a selector
     * cannot select every series in the database.
     */
    public boolean matchesEmpty() {
        switch (op) {
            case EQUAL:
                return value.isEmpty();
            case NOT_EQUAL:
                return !value.isEmpty();
            default:
                boolean regexMatchesEmpty;
                try {
                    regexMatchesEmpty = java.util.regex.Pattern.compile("^(?:" + value + ")$").matcher("").matches();
                } catch (java.util.regex.PatternSyntaxException notJavaSyntax) {
                    // Prometheus uses RE2, whose syntax differs in corners; give the benefit of the doubt.
                    regexMatchesEmpty = false;
                }
                return op == MatchOp.REGEX_MATCH ? regexMatchesEmpty : !regexMatchesEmpty;
        }
    }
}
