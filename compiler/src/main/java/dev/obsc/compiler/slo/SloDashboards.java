package dev.obsc.compiler.slo;

import dev.obsc.compiler.slo.SloPanels.PanelQuery;
import dev.obsc.model.BurnTier;
import dev.obsc.model.Dashboard;
import dev.obsc.model.MonitoringModel;
import dev.obsc.model.Panel;
import dev.obsc.model.PanelType;
import dev.obsc.model.Row;
import dev.obsc.model.Slo;
import dev.obsc.model.SloDashboardSettings;
import dev.obsc.model.SloSeries;
import dev.obsc.model.SourcePosition;
import dev.obsc.model.Unit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The dashboards generated from SLOs, when the definitions ask for them: an overview of every SLO
 * and one dashboard per service. They query only what the SLOs record (and Prometheus' own
 * {@code ALERTS}), never raw metrics over long ranges, so they stay cheap however long the period.
 * They join the model's dashboards before analysis, so every dashboard check and schema applies.
 */
final class SloDashboards {
    static final String REFRESH = "1m";
    static final String FIRING = "ALERTS{alertstate=\"firing\", " + SloSeries.SLO_LABEL;

    private SloDashboards() {
    }

    /** {@code model} with the SLO dashboards of {@code slos}, when the definitions ask for them. */
    static MonitoringModel addTo(MonitoringModel model, List<Slo> slos) {
        return model.grafana().sloDashboards()
                .map(settings -> model.withGrafana(model.grafana().withDashboards(of(settings, slos))))
                .orElse(model);
    }

    static List<Dashboard> of(SloDashboardSettings settings, List<Slo> slos) {
        if (slos.isEmpty()) {
            return List.of();
        }
        SloPanels panels = new SloPanels(settings.datasourceUid());
        List<Dashboard> dashboards = new ArrayList<>();
        dashboards.add(overview(settings, slos, panels));
        Map<String, List<Slo>> byService = new TreeMap<>();
        for (Slo slo : slos) {
            byService.computeIfAbsent(slo.service(), s -> new ArrayList<>()).add(slo);
        }
        byService.forEach((service, ofService) -> dashboards.add(service(settings, service, ofService, panels)));
        return dashboards;
    }

    private static Dashboard overview(SloDashboardSettings settings, List<Slo> slos, SloPanels panels) {
        SourcePosition at = settings.position();
        String who = "{{service}} / {{slo}}";
        List<Panel> now = List.of(
                panels.panel("sli-now", "SLI now (" + SloSeries.BASE_WINDOW + ")", PanelType.BARGAUGE,
                        "Share of good events over the last " + SloSeries.BASE_WINDOW + ", per SLO.",
                        Unit.PERCENT_UNIT, Optional.of(3), List.of(),
                        List.of(SloPanels.now("1 - " + SloSeries.errorRatio(SloSeries.BASE_WINDOW), who)), 12, 8, at),
                panels.panel("budget-left", "Error budget left", PanelType.BARGAUGE,
                        "Share of each period's error budget not yet spent (negative: overspent).",
                        Unit.PERCENT_UNIT, Optional.of(1), SloPanels.budgetSteps(),
                        List.of(SloPanels.now(SloSeries.BUDGET_REMAINING, who + " ({{slo_period}})")), 12, 8, at),
                panels.panel("objectives", "Objectives", PanelType.TABLE,
                        "Every SLO: owner, objective, periods.", Unit.NONE, Optional.empty(), List.of(),
                        List.of(SloPanels.now(SloSeries.INFO, who)), 24, 8, at),
                panels.panel("firing", "Firing SLO alerts", PanelType.TABLE,
                        "Burn-rate tiers and no-data alerts firing now.", Unit.NONE, Optional.empty(), List.of(),
                        List.of(SloPanels.now(FIRING + "!=\"\"}", "{{alertname}}")), 24, 8, at));
        List<Panel> burnRates = new ArrayList<>();
        for (String window : windows(slos)) {
            burnRates.add(panels.panel("burn-rate-" + window, "Burn rate over " + window, PanelType.BARGAUGE,
                    "How many times faster than sustainable each SLO burns its budget over " + window + ".",
                    Unit.NONE, Optional.of(2), SloPanels.burnRateSteps(lowestFactor(slos, window)),
                    List.of(SloPanels.now(SloSeries.burnRate(window), who)), 8, 8, at));
        }
        List<Row> rows = List.of(new Row(Optional.empty(), false, now, at),
                new Row(Optional.of("Burn rates"), false, burnRates, at));
        return dashboard(settings, SloDashboardSettings.OVERVIEW_UID, "SLO overview",
                "Every SLO: SLI now, objectives, error budget left, burn rates per window, firing alerts.",
                List.of("slo"), rows);
    }

    private static Dashboard service(SloDashboardSettings settings, String service, List<Slo> slos, SloPanels panels) {
        List<Row> rows = new ArrayList<>();
        for (Slo slo : slos) {
            rows.add(sloRow(slo, panels));
        }
        return dashboard(settings, SloDashboardSettings.serviceUid(service), "SLOs of " + service,
                "The SLOs of " + service + ": SLI per period, error budget left, burn rates, firing alerts.",
                List.of("slo", service), rows);
    }

    private static Row sloRow(Slo slo, SloPanels panels) {
        SourcePosition at = slo.position();
        String selector = "{" + SloSeries.SLO_LABEL + "=\"" + slo.name() + "\"}";
        String byLegend = slo.sli().by().stream().map(l -> " {{" + l + "}}").reduce("", String::concat);
        List<PanelQuery> sli = slo.periods().stream()
                .map(p -> SloPanels.now("1 - " + SloSeries.errorRatio(p) + selector, p + byLegend)).toList();
        List<PanelQuery> burn = windows(List.of(slo)).stream()
                .map(w -> SloPanels.overTime(SloSeries.burnRate(w) + selector, w + byLegend)).toList();
        String objective = SloAlerts.percent(slo.objective());
        List<Panel> row = List.of(
                panels.panel(SloDashboardSettings.sliPanelKey(slo.name()), "SLI (objective " + objective + ")",
                        PanelType.STAT, "Share of good events over each period; green from the objective on.",
                        Unit.PERCENT_UNIT, Optional.of(3), SloPanels.objectiveSteps(slo.objective()), sli, 6, 6, at),
                panels.panel(SloDashboardSettings.budgetPanelKey(slo.name()), "Error budget left", PanelType.STAT,
                        "Share of each period's error budget not yet spent (negative: overspent).",
                        Unit.PERCENT_UNIT, Optional.of(1), SloPanels.budgetSteps(),
                        List.of(SloPanels.now(SloSeries.BUDGET_REMAINING + selector, "{{slo_period}}" + byLegend)),
                        6, 6, at),
                panels.panel(SloDashboardSettings.burnRatePanelKey(slo.name()), "Burn rate per window",
                        PanelType.TIMESERIES, "How many times faster than sustainable the budget burns; 1 spends"
                                + " exactly the budget over the period.",
                        Unit.NONE, Optional.of(2), SloPanels.burnRateSteps(lowestFactor(List.of(slo), null)),
                        burn, 12, 6, at),
                panels.panel(SloDashboardSettings.alertsPanelKey(slo.name()), "Firing alerts", PanelType.TABLE,
                        "Burn-rate tiers and the no-data alert of this SLO firing now.", Unit.NONE, Optional.empty(),
                        List.of(), List.of(SloPanels.now(FIRING + "=\"" + slo.name() + "\"}", "{{alertname}}")),
                        24, 5, at));
        String title = slo.name() + (slo.description().isBlank() ? "" : ": " + slo.description().strip());
        return new Row(Optional.of(title), false, row, at);
    }

    private static Dashboard dashboard(SloDashboardSettings settings, String uid, String title, String description,
                                       List<String> tags, List<Row> rows) {
        return new Dashboard(uid, title, description, tags, settings.folder(), REFRESH, "now-7d", "now", List.of(),
                rows, settings.position());
    }

    /** Every window any of the SLOs records, shortest first. */
    private static List<String> windows(List<Slo> slos) {
        TreeSet<String> windows = new TreeSet<>(Comparator.comparingLong(BurnFactors::seconds)
                .thenComparing(Comparator.naturalOrder()));
        for (Slo slo : slos) {
            windows.addAll(SloWindows.of(slo));
        }
        return List.copyOf(windows);
    }

    /**
     * The lowest burn-rate factor any tier alerts at over {@code window} (any window when null), so
     * a panel turns red where the first alert would fire; 1 when no tier uses the window.
     */
    private static BigDecimal lowestFactor(List<Slo> slos, String window) {
        BigDecimal lowest = null;
        for (Slo slo : slos) {
            for (BurnTier tier : slo.tiers()) {
                if (window != null && !tier.longWindow().equals(window) && !tier.shortWindow().equals(window)) {
                    continue;
                }
                for (String period : slo.periods()) {
                    BigDecimal factor = BurnFactors.factor(tier, period);
                    lowest = lowest == null || factor.compareTo(lowest) < 0 ? factor : lowest;
                }
            }
        }
        return lowest == null ? BigDecimal.ONE : lowest;
    }
}
