package dev.obsc.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One multi-window burn-rate alert of an SLO (SRE Workbook): it fires when the error budget burns
 * faster than {@code factor} times the sustainable rate over both {@code longWindow} and
 * {@code shortWindow}. Without an explicit factor it is derived from {@code budgetShare}, the
 * share of a period's budget that burning at the factor spends in the long window:
 * {@code factor = budgetShare * period / longWindow} (14.4 for 2% over 1h of 30d).
 */
public record BurnTier(String name, Severity severity, String longWindow, String shortWindow,
                       BigDecimal budgetShare, Optional<BigDecimal> factor) {

    /** Page at 2% of the budget in 1h (14.4x for 30d), checked over 5m too. */
    public static final String PAGE_1H = "page_1h";
    /** Page at 5% of the budget in 6h (6x for 30d), checked over 30m too. */
    public static final String PAGE_6H = "page_6h";
    /** Ticket at 10% of the budget in 1d (3x for 30d), checked over 2h too. */
    public static final String TICKET_1D = "ticket_1d";
    /** Ticket at 10% of the budget in 3d (1x for 30d), checked over 6h too. */
    public static final String TICKET_3D = "ticket_3d";

    /** The SRE Workbook's four tiers: pages are critical, tickets warnings. */
    public static List<BurnTier> workbook() {
        return List.of(
                new BurnTier(PAGE_1H, Severity.CRITICAL, "1h", "5m", new BigDecimal("0.02"), Optional.empty()),
                new BurnTier(PAGE_6H, Severity.CRITICAL, "6h", "30m", new BigDecimal("0.05"), Optional.empty()),
                new BurnTier(TICKET_1D, Severity.WARNING, "1d", "2h", new BigDecimal("0.1"), Optional.empty()),
                new BurnTier(TICKET_3D, Severity.WARNING, "3d", "6h", new BigDecimal("0.1"), Optional.empty()));
    }

    /** This tier with a fixed factor instead of one derived from the budget share. */
    public BurnTier withFactor(BigDecimal fixed) {
        return new BurnTier(name, severity, longWindow, shortWindow, budgetShare, Optional.of(fixed));
    }
}
