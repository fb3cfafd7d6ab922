package dev.obsc.compiler.imports;

import java.math.BigDecimal;
import java.util.Optional;

/** Objectives as specs write them (a share or a percentage) turned into obsc's exact share. */
final class Objectives {
    private Objectives() {
    }

    /**
     * {@code text} as a share strictly between 0 and 1, read as a percentage when {@code percent}
     * (99.9 is 0.999); empty when it is no number or out of range. Trailing zeros go (0.9990 is 0.999).
     */
    static Optional<BigDecimal> share(String text, boolean percent) {
        try {
            BigDecimal share = new BigDecimal(text);
            share = (percent ? share.movePointLeft(2) : share).stripTrailingZeros();
            if (share.signum() > 0 && share.compareTo(BigDecimal.ONE) < 0) {
                return Optional.of(share.scale() < 0 ? share.setScale(0) : share);
            }
        } catch (NumberFormatException e) {
            // not a number: empty, reported by the caller
        }
        return Optional.empty();
    }
}
