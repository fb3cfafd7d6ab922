package dev.obsc.compiler.slo;

import dev.obsc.compiler.promql.Duration;
import dev.obsc.model.BurnTier;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The burn-rate factor of a tier for a period, exact: {@code budgetShare * period / longWindow}
 * (14.4 for 2% of 30d in 1h, 13.44 for 28d), or the tier's fixed factor. A quotient that does not
 * terminate (0.1 * 28d / 3d) is rounded to four decimal places, so thresholds never carry float noise.
 */
final class BurnFactors {
    static final int SCALE = 4;

    private BurnFactors() {
    }

    static BigDecimal factor(BurnTier tier, String period) {
        if (tier.factor().isPresent()) {
            return tier.factor().get().stripTrailingZeros();
        }
        long periodSeconds = seconds(period);
        long windowSeconds = seconds(tier.longWindow());
        BigDecimal product = tier.budgetShare().multiply(BigDecimal.valueOf(periodSeconds));
        BigDecimal window = BigDecimal.valueOf(windowSeconds);
        return product.divide(window, SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    /** Exact decimal text without exponent or trailing zeros: 14.4, 6, 0.9333. */
    static String text(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** Parsed once per distinct text: thousands of SLOs share a handful of windows and periods. */
    private static final java.util.Map<String, Long> SECONDS = new java.util.concurrent.ConcurrentHashMap<>();

    static long seconds(String duration) {
        return SECONDS.computeIfAbsent(duration, d -> Duration.parse(d)
                .orElseThrow(() -> new IllegalArgumentException("not a duration: " + d)).seconds());
    }
}
