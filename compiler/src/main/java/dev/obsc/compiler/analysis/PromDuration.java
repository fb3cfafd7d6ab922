package dev.obsc.compiler.analysis;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Prometheus/Alertmanager duration syntax ({@code 1h30m}, {@code 5m}, {@code 500ms}), units in descending order. */
public final class PromDuration {
    private static final Pattern SYNTAX = Pattern.compile(
            "(?:(\\d+)y)?(?:(\\d+)w)?(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?(?:(\\d+)ms)?");
    private static final long[] UNIT_MILLIS = {
            365L * 24 * 3600 * 1000, 7L * 24 * 3600 * 1000, 24L * 3600 * 1000, 3600L * 1000, 60L * 1000, 1000L, 1L};

    private PromDuration() {
    }

    /** The duration in milliseconds, or empty when the text is not a valid non-empty duration. */
    public static Optional<Long> parseMillis(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = SYNTAX.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        long total = 0;
        for (int unit = 0; unit < UNIT_MILLIS.length; unit++) {
            String digits = m.group(unit + 1);
            if (digits != null) {
                try {
                    total = Math.addExact(total, Math.multiplyExact(Long.parseLong(digits), UNIT_MILLIS[unit]));
                } catch (ArithmeticException | NumberFormatException overflow) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(total);
    }
}
