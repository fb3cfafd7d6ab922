package dev.obsc.compiler.slo;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How Prometheus' alert templates print numbers, for the exact annotations a promtool test expects:
 * Go's {@code printf "%.2f"} and {@code humanizePercentage} ({@code %.4g} of the value times 100).
 * The synthetic values are exact decimals; Prometheus computes them in floating point, so a value
 * too close to a rounding boundary is reported as ambiguous and the caller picks other inputs.
 */
final class GoFormat {
    private static final BigDecimal HALF = new BigDecimal("0.5");
    /** Relative distance from a rounding boundary below which float noise could tip the rounding. */
    private static final BigDecimal MARGIN = new BigDecimal("1e-9");

    private GoFormat() {
    }

    /** {@code printf "%.2f"}. */
    static String fixed2(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    static boolean fixed2Ambiguous(BigDecimal value) {
        return nearHalf(value.movePointRight(2));
    }

    /** {@code humanizePercentage}: Go's {@code %.4g} of value * 100, then "%". */
    static String percentage(BigDecimal value) {
        BigDecimal v = value.movePointRight(2);
        if (v.signum() == 0) {
            return "0%";
        }
        BigDecimal rounded = v.round(new MathContext(4, RoundingMode.HALF_EVEN));
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent < -4 || exponent >= 4) {
            BigDecimal mantissa = rounded.movePointLeft(exponent).stripTrailingZeros();
            String sign = exponent < 0 ? "-" : "+";
            String digits = String.format("%02d", Math.abs(exponent));
            return mantissa.toPlainString() + "e" + sign + digits + "%";
        }
        return rounded.stripTrailingZeros().toPlainString() + "%";
    }

    static boolean percentageAmbiguous(BigDecimal value) {
        BigDecimal v = value.movePointRight(2).abs();
        if (v.signum() == 0) {
            return false;
        }
        int exponent = v.precision() - v.scale() - 1;
        // Scale so the 4th significant digit is the units digit; the rest is what rounding looks at.
        return nearHalf(v.movePointRight(3 - exponent));
    }

    private static boolean nearHalf(BigDecimal scaled) {
        BigDecimal fraction = scaled.abs().subtract(new BigDecimal(scaled.abs().toBigInteger()));
        return fraction.subtract(HALF).abs().compareTo(MARGIN.multiply(scaled.abs().max(BigDecimal.ONE))) < 0;
    }
}
