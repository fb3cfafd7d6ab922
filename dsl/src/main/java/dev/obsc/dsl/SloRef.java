package dev.obsc.dsl;

import dev.obsc.model.Matcher;
import dev.obsc.model.SloSeries;

import java.util.ArrayList;
import java.util.List;

/**
 * A typed handle on a declared SLO and the series the compiler records for it, for dashboards and
 * further queries; each selector is already restricted to this SLO ({@code slo="name"}).
 */
public record SloRef(String name) {
    /** Bad events / all events over {@code window} (5m, 30m, 1h, 2h, 6h, 1d, 3d or a period). */
    public Selector errorRatio(String window) {
        return series(SloSeries.errorRatio(window));
    }

    /** How many times faster than sustainable the budget burns over {@code window}. */
    public Selector burnRate(String window) {
        return series(SloSeries.burnRate(window));
    }

    /** Bad events per second over {@code window}. */
    public Selector errorRate(String window) {
        return series(SloSeries.errorRate(window));
    }

    /** All events per second over {@code window}. */
    public Selector totalRate(String window) {
        return series(SloSeries.totalRate(window));
    }

    /** The remaining share of {@code period}'s error budget (1 untouched, 0 spent). */
    public Selector budgetRemaining(String period) {
        return series(SloSeries.BUDGET_REMAINING, Label.of(SloSeries.PERIOD_LABEL).eq(period));
    }

    /** The SLO's metadata series (value 1; labels objective, periods, team, service, description). */
    public Selector info() {
        return series(SloSeries.INFO);
    }

    private Selector series(String metric, Matcher... more) {
        List<Matcher> matchers = new ArrayList<>();
        matchers.add(Label.of(SloSeries.SLO_LABEL).eq(name));
        matchers.addAll(List.of(more));
        return new Selector(metric, matchers);
    }
}
