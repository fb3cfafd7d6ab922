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
import dev.obsc.model.Variable;
import dev.obsc.model.VariableType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Set;
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
        Map<String, BigDecimal> lowest = lowestFactors(slos);
        for (String window : SloWindows.ofAll(slos)) {
            burnRates.add(panels.panel("burn-rate-" + window, "Burn rate over " + window, PanelType.BARGAUGE,
                    "How many times faster than sustainable each SLO burns its budget over " + window + ".",
                    Unit.NONE, Optional.of(2), SloPanels.burnRateSteps(lowestFactor(lowest, window)),
                    List.of(SloPanels.now(SloSeries.burnRate(window), who)), 8, 8, at));
        }
        List<Row> rows = List.of(new Row(Optional.empty(), false, now, at),
                new Row(Optional.of("Burn rates"), false, burnRates, at));
        return dashboard(settings, SloDashboardSettings.OVERVIEW_UID, "SLO overview",
                "Every SLO: SLI now, objectives, error budget left, burn rates per window, firing alerts.",
                List.of("slo"), List.of(), rows);
    }

    /**
     * The same five panels however many SLOs the service has: the variable {@code slo} (all by
     * default; a link sets it to one) picks the SLOs they show, and legends name the SLO. Only the
     * union of the SLOs' periods, windows and {@code by} labels shapes the dashboard, so a service
     * with a hundred SLOs gets a dashboard as small as one with a single SLO.
     */
    private static Dashboard service(SloDashboardSettings settings, String service, List<Slo> slos, SloPanels panels) {
        SourcePosition at = settings.position();
        String serviceMatcher = "service=\"" + service + "\"";
        String matchers = serviceMatcher + ", " + SloSeries.SLO_LABEL + "=~\"$" + SloDashboardSettings.SLO_VARIABLE + "\"";
        String selector = "{" + matchers + "}";
        String byLegend = byLabels(slos).stream().map(l -> " {{" + l + "}}").reduce("", String::concat);
        String who = "{{" + SloSeries.SLO_LABEL + "}}";
        List<PanelQuery> sli = SloWindows.periodsOfAll(slos).stream()
                .map(p -> SloPanels.now("1 - " + SloSeries.errorRatio(p) + selector, who + " " + p + byLegend)).toList();
        List<PanelQuery> burn = SloWindows.ofAll(slos).stream()
                .map(w -> SloPanels.overTime(SloSeries.burnRate(w) + selector, who + " " + w + byLegend)).toList();
        String info = "sum by (" + SloSeries.SLO_LABEL + ", objective, periods, team, description) ("
                + SloSeries.INFO + selector + ")";
        List<Panel> panelsOfService = List.of(
                panels.panel(SloDashboardSettings.SLOS_PANEL, "SLOs", PanelType.TABLE,
                        "The selected SLOs: objective, periods, owning team, description.", Unit.NONE,
                        Optional.empty(), List.of(), List.of(SloPanels.now(info, who)), 24, 6, at),
                panels.panel(SloDashboardSettings.SLI_PANEL, "SLI per period", PanelType.BARGAUGE,
                        "Share of good events over each period of each selected SLO; compare with its objective"
                                + " in the SLOs table (the budget left turns red below it).",
                        Unit.PERCENT_UNIT, Optional.of(3), List.of(), sli, 12, 8, at),
                panels.panel(SloDashboardSettings.BUDGET_PANEL, "Error budget left", PanelType.BARGAUGE,
                        "Share of each period's error budget not yet spent (negative: overspent).",
                        Unit.PERCENT_UNIT, Optional.of(1), SloPanels.budgetSteps(),
                        List.of(SloPanels.now(SloSeries.BUDGET_REMAINING + selector,
                                who + " {{" + SloSeries.PERIOD_LABEL + "}}" + byLegend)),
                        12, 8, at),
                panels.panel(SloDashboardSettings.BURN_RATE_PANEL, "Burn rate per window", PanelType.TIMESERIES,
                        "How many times faster than sustainable each selected SLO burns its budget; 1 spends"
                                + " exactly the budget over the period. Red from the lowest factor any of the"
                                + " service's tiers alerts at.",
                        Unit.NONE, Optional.of(2), SloPanels.burnRateSteps(lowestFactor(lowestFactors(slos), null)), burn, 24, 8, at),
                panels.panel(SloDashboardSettings.ALERTS_PANEL, "Firing alerts", PanelType.TABLE,
                        "Burn-rate tiers and no-data alerts of the selected SLOs firing now.", Unit.NONE,
                        Optional.empty(), List.of(),
                        List.of(SloPanels.now("ALERTS{alertstate=\"firing\", " + matchers + "}", "{{alertname}}")),
                        24, 6, at));
        Variable sloVariable = new Variable(SloDashboardSettings.SLO_VARIABLE, VariableType.QUERY, Optional.of("SLO"),
                Optional.of("label_values(" + SloSeries.INFO + "{" + serviceMatcher + "}, " + SloSeries.SLO_LABEL + ")"),
                Optional.of(settings.datasourceUid()), List.of(), true, true, Optional.of(".*"), at);
        return dashboard(settings, SloDashboardSettings.serviceUid(service), "SLOs of " + service,
                "The SLOs of " + service + ": SLI per period, error budget left, burn rates, firing alerts; pick"
                        + " SLOs with the slo variable.",
                List.of("slo", service), List.of(sloVariable), List.of(new Row(Optional.empty(), false, panelsOfService, at)));
    }

    private static Dashboard dashboard(SloDashboardSettings settings, String uid, String title, String description,
                                       List<String> tags, List<Variable> variables, List<Row> rows) {
        return new Dashboard(uid, title, description, tags, settings.folder(), REFRESH, "now-7d", "now", variables,
                rows, settings.position());
    }

    /** Every label any of the SLIs keeps ({@code by}), sorted; a legend leaves out those a series lacks. */
    private static List<String> byLabels(List<Slo> slos) {
        TreeSet<String> labels = new TreeSet<>();
        slos.forEach(slo -> labels.addAll(slo.sli().by()));
        return List.copyOf(labels);
    }

    /**
     * The lowest burn-rate factor any tier alerts at, per window the tier reads (its long and short
     * window) and over all windows (key {@code null}), so a panel turns red where the first alert
     * would fire; 1 when no tier uses the window.
     */
    private static Map<String, BigDecimal> lowestFactors(List<Slo> slos) {
        // Thousands of SLOs share a handful of tiers and periods: each factor is computed once.
        Set<Map.Entry<List<BurnTier>, List<String>>> policies = new HashSet<>();
        slos.forEach(slo -> policies.add(Map.entry(slo.tiers(), slo.periods())));
        Set<Map.Entry<BurnTier, String>> tiers = new HashSet<>();
        policies.forEach(policy -> policy.getKey().forEach(tier ->
                policy.getValue().forEach(period -> tiers.add(Map.entry(tier, period)))));
        Map<String, BigDecimal> lowest = new HashMap<>();
        for (var tier : tiers) {
            BigDecimal factor = BurnFactors.factor(tier.getKey(), tier.getValue());
            for (String window : java.util.Arrays.asList(null, tier.getKey().longWindow(), tier.getKey().shortWindow())) {
                lowest.merge(window, factor, BigDecimal::min);
            }
        }
        return lowest;
    }

    private static BigDecimal lowestFactor(Map<String, BigDecimal> lowest, String window) {
        return lowest.getOrDefault(window, BigDecimal.ONE);
    }
}
