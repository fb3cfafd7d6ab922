package dev.obsc.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A service level objective: the share of events that must be good ({@code objective}, an exact
 * decimal such as {@code 0.99}) over each of its {@code periods} (durations such as {@code 30d};
 * each period has its own error budget, recordings and alerts), measured by an {@link Sli}.
 * {@code tiers} is the burn-rate alert policy (by default the SRE Workbook's four tiers,
 * {@link BurnTier#workbook()}); an empty list means no burn-rate alerts. {@code alertFor} is an
 * optional pending period of those alerts; {@code dashboard} is the typed link their annotations
 * carry; {@code alerting} adds labels and annotations to those alerts. The compiler expands an SLO into plain recording rules, alerts and rule tests before it
 * checks anything else, so those go through every check a hand-written rule does.
 */
public record Slo(String name, String service, String team, String description, BigDecimal objective,
                  List<String> periods, Sli sli, List<BurnTier> tiers, Optional<String> alertFor,
                  Optional<DashboardLink> dashboard, String runbookUrl, SloAlerting alerting, SourcePosition position) {
    public Slo {
        periods = List.copyOf(periods);
        tiers = List.copyOf(tiers);
    }

    /** The share of events that may be bad: {@code 1 - objective}, exact. */
    public BigDecimal errorBudget() {
        return BigDecimal.ONE.subtract(objective);
    }
}
