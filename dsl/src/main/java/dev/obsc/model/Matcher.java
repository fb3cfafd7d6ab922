package dev.obsc.model;

public record Matcher(String label, MatchOp op, String value) {
    /** Whether a label's {@code actual} value (empty when the label is missing) satisfies this matcher, as Prometheus and Alertmanager decide. */
    public boolean matches(String actual) {
        boolean regex = op == MatchOp.RE || op == MatchOp.NRE;
        boolean equal = regex ? java.util.regex.Pattern.compile("^(?:" + value + ")$").matcher(actual).matches()
                : actual.equals(value);
        return (op == MatchOp.EQ || op == MatchOp.RE) == equal;
    }

    @Override
    public String toString() {
        return label + op.symbol() + "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
