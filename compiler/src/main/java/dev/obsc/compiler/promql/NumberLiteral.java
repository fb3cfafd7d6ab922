package dev.obsc.compiler.promql;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A number literal. The value is kept as exact decimal text rather than a {@code double}, so
 * {@code 0.001} and {@code 14.4} print back exactly. {@code text} is canonical: the shortest
 * exact decimal ({@code 14.40} and {@code 1.44e1} are both {@code 14.4}; hex and octal
 * literals become decimal), or one of {@code Inf}, {@code -Inf}, {@code NaN}.
 */
public record NumberLiteral(String text, Span span) implements Expr {

    private static final int MAX_PLAIN_LENGTH = 24;

    public NumberLiteral {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        if (!text.equals("Inf") && !text.equals("-Inf") && !text.equals("NaN")) {
            text = format(new BigDecimal(text));
        }
    }

    public static NumberLiteral of(BigDecimal value) {
        return new NumberLiteral(format(value), Span.NONE);
    }

    public static NumberLiteral of(long value) {
        return of(BigDecimal.valueOf(value));
    }

    /**
     * Parses the text of a PromQL number token, with Prometheus' (Go's) rules: decimal and
     * exponent forms, {@code 0x} hex, a leading {@code 0} meaning octal when all digits allow
     * it, and case-insensitive {@code Inf}/{@code NaN}. Returns empty when the text is not a
     * valid number.
     */
    static Optional<BigDecimal> parseFinite(String token) {
        try {
            String lower = token.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("0x")) {
                return lower.length() > 2 && lower.substring(2).chars().allMatch(c -> Character.digit(c, 16) >= 0)
                        ? Optional.of(new BigDecimal(new BigInteger(lower.substring(2), 16)))
                        : Optional.empty();
            }
            if (lower.length() > 1 && lower.charAt(0) == '0' && lower.chars().allMatch(c -> c >= '0' && c <= '7')) {
                return Optional.of(new BigDecimal(new BigInteger(lower, 8)));
            }
            BigDecimal value = new BigDecimal(lower);
            // Prometheus reads numbers as float64 and rejects what overflows it.
            return Double.isInfinite(value.doubleValue()) ? Optional.empty() : Optional.of(value);
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** Canonical decimal text of an exact value. */
    static String format(BigDecimal value) {
        BigDecimal stripped = canonical(value);
        // Check the scale first: toPlainString of 1e999999 would be a million characters.
        if (Math.abs((long) stripped.scale()) > MAX_PLAIN_LENGTH) {
            return stripped.toString();
        }
        String plain = stripped.toPlainString();
        return plain.length() <= MAX_PLAIN_LENGTH ? plain : stripped.toString();
    }

    static BigDecimal canonical(BigDecimal value) {
        return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    public boolean isFinite() {
        return decimal().isPresent();
    }

    /** The exact value, or empty for {@code Inf}, {@code -Inf} and {@code NaN}. */
    public Optional<BigDecimal> decimal() {
        return text.endsWith("Inf") || text.equals("NaN") ? Optional.empty() : Optional.of(new BigDecimal(text));
    }

    public double doubleValue() {
        switch (text) {
            case "Inf":
                return Double.POSITIVE_INFINITY;
            case "-Inf":
                return Double.NEGATIVE_INFINITY;
            case "NaN":
                return Double.NaN;
            default:
                return Double.parseDouble(text);
        }
    }

    public boolean isNegative() {
        return text.startsWith("-");
    }

    /** This literal with its sign flipped, as unary minus folds into a literal. */
    public NumberLiteral negate(Span newSpan) {
        if (text.equals("NaN")) {
            return new NumberLiteral(text, newSpan);
        }
        if (text.equals("Inf") || text.equals("-Inf")) {
            return new NumberLiteral(text.equals("Inf") ? "-Inf" : "Inf", newSpan);
        }
        return new NumberLiteral(format(new BigDecimal(text).negate()), newSpan);
    }

    @Override
    public List<Expr> children() {
        return List.of();
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitNumber(this);
    }
}
