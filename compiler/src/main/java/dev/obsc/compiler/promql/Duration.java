package dev.obsc.compiler.promql;

import java.util.Optional;

/**
 * A PromQL duration such as {@code 5m} or {@code 1h30m}, held as signed milliseconds.
 *
 * <p>Negative values only occur as offsets ({@code offset -5m}). {@link #toString()} prints the
 * canonical form: the largest units first, each unit at most once, so {@code 90m} prints as
 * {@code 1h30m}. Days are the largest unit printed (Prometheus would print {@code 30d} as
 * {@code 4w2d}): windows and SLO periods are spoken of in days, and a reviewer should read the
 * {@code [30d]} a rule named {@code rate30d} averages over. Like Prometheus, a year is 365 days.
 */
public record Duration(long millis) implements Comparable<Duration> {

    private static final String[] UNITS = {"y", "w", "d", "h", "m", "s", "ms"};
    private static final long[] UNIT_MILLIS = {
        365L * 24 * 3600 * 1000, 7L * 24 * 3600 * 1000, 24L * 3600 * 1000, 3600L * 1000, 60L * 1000, 1000L, 1L
    };
    /** The first of {@link #UNITS} that {@link #toString()} prints: days. */
    private static final int FIRST_PRINTED_UNIT = 2;

    public static Duration ofMillis(long millis) {
        return new Duration(millis);
    }

    public static Duration ofSeconds(long seconds) {
        return new Duration(Math.multiplyExact(seconds, 1000L));
    }

    public static Duration ofMinutes(long minutes) {
        return new Duration(Math.multiplyExact(minutes, 60_000L));
    }

    /**
     * Parses Prometheus duration syntax: one or more {@code <digits><unit>} parts with units
     * {@code y w d h m s ms}, strictly from largest to smallest, as {@code model.ParseDuration}
     * requires. Returns empty for anything else, including overflow.
     */
    public static Optional<Duration> parse(String text) {
        long total = 0;
        int i = 0;
        int lastUnit = -1;
        if (text.isEmpty()) {
            return Optional.empty();
        }
        while (i < text.length()) {
            int digitsStart = i;
            while (i < text.length() && Character.isDigit(text.charAt(i)) && text.charAt(i) < 128) {
                i++;
            }
            if (i == digitsStart) {
                return Optional.empty();
            }
            String digits = text.substring(digitsStart, i);
            int unit = unitAt(text, i);
            if (unit < 0 || unit <= lastUnit) {
                return Optional.empty();
            }
            i += UNITS[unit].length();
            lastUnit = unit;
            try {
                total = Math.addExact(total, Math.multiplyExact(Long.parseLong(digits), UNIT_MILLIS[unit]));
            } catch (NumberFormatException | ArithmeticException overflow) {
                return Optional.empty();
            }
        }
        return Optional.of(new Duration(total));
    }

    private static int unitAt(String text, int i) {
        if (text.startsWith("ms", i)) {
            return 6;
        }
        if (i >= text.length()) {
            return -1;
        }
        for (int u = 0; u < UNITS.length - 1; u++) {
            if (text.charAt(i) == UNITS[u].charAt(0)) {
                return u;
            }
        }
        return -1;
    }

    public boolean isNegative() {
        return millis < 0;
    }

    public long seconds() {
        return millis / 1000;
    }

    @Override
    public int compareTo(Duration other) {
        return Long.compare(millis, other.millis);
    }

    /** The canonical text, e.g. {@code 1h30m}, {@code -5m}, {@code 0s}. */
    @Override
    public String toString() {
        if (millis == 0) {
            return "0s";
        }
        StringBuilder text = new StringBuilder();
        // Long.MIN_VALUE has no positive counterpart; work on the magnitude unit by unit instead.
        long remaining = millis;
        if (remaining < 0) {
            text.append('-');
        }
        for (int u = FIRST_PRINTED_UNIT; u < UNITS.length; u++) {
            long count = Math.abs(remaining / UNIT_MILLIS[u]);
            if (count > 0) {
                text.append(count).append(UNITS[u]);
                remaining %= UNIT_MILLIS[u];
            }
        }
        return text.toString();
    }
}
