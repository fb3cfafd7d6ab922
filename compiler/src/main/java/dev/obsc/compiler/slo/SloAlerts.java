package dev.obsc.compiler.slo;

import dev.obsc.model.AlertGroup;
import dev.obsc.model.AlertRule;
import dev.obsc.model.BurnTier;
import dev.obsc.model.DashboardLink;
import dev.obsc.model.LinkVariable;
import dev.obsc.model.Query;
import dev.obsc.model.Severity;
import dev.obsc.model.Slo;
import dev.obsc.model.SloDashboardSettings;
import dev.obsc.model.SloSeries;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The alerts of one SLO: per period and burn tier, a multi-window burn-rate alert (both the long and
 * the short window burn faster than the tier's factor, read from the recorded burn rates), and one
 * no-data alert for when its source metrics vanish.
 */
final class SloAlerts {
    static final String INTERVAL = "1m";
    static final String NO_DATA_FOR = "10m";
    static final String BUDGET_LEFT = SloSeries.BUDGET_LEFT_ANNOTATION;
    /** Where the description prints the burn rate the alert fired at. */
    static final String VALUE_TEMPLATE = "{{ $value | printf \"%.2f\" }}";

    private SloAlerts() {
    }

    static AlertGroup of(Slo slo) {
        List<AlertRule> alerts = new ArrayList<>();
        for (String period : slo.periods()) {
            for (BurnTier tier : slo.tiers()) {
                alerts.add(burnAlert(slo, period, tier));
            }
        }
        alerts.add(noData(slo));
        return new AlertGroup(SloSeries.alertGroup(slo.name()), INTERVAL, alerts, slo.position());
    }

    static String condition(Slo slo, BurnTier tier, BigDecimal factor) {
        String threshold = BurnFactors.text(factor);
        return SloRecordingRules.select(slo, SloSeries.burnRate(tier.longWindow())) + " > " + threshold + " and "
                + SloRecordingRules.select(slo, SloSeries.burnRate(tier.shortWindow())) + " > " + threshold;
    }

    private static AlertRule burnAlert(Slo slo, String period, BurnTier tier) {
        BigDecimal factor = BurnFactors.factor(tier, period);
        TreeMap<String, String> labels = new TreeMap<>(slo.alerting().labelsFor(tier.severity()));
        labels.put(SloSeries.SLO_LABEL, slo.name());
        labels.put(SloSeries.PERIOD_LABEL, period);
        labels.put(SloSeries.TIER_LABEL, tier.name());
        String summary = slo.service() + ": SLO " + slo.name() + " burns its " + period + " error budget faster than "
                + BurnFactors.text(factor) + "x";
        String description = (slo.description().isBlank() ? "" : slo.description().strip() + ". ")
                + "The " + period + " error budget (" + percent(slo.errorBudget()) + " of events may fail) burns"
                + " " + VALUE_TEMPLATE + "x as fast as it may over the last " + tier.longWindow()
                + ", and over the last " + tier.shortWindow() + " too (threshold " + BurnFactors.text(factor) + "x).";
        return new AlertRule(SloSeries.burnAlert(slo.name(), period, tier.name()),
                new Query(condition(slo, tier, factor)), slo.alertFor(), Optional.empty(), tier.severity(),
                slo.team(), slo.service(), labels, summary, description, slo.runbookUrl(), slo.dashboard().map(link -> onThisSlo(slo, link)),
                annotations(slo.alerting().annotationsFor(tier.severity()), Map.of(BUDGET_LEFT, budgetLeft(slo, period))),
                List.of(), List.of(), slo.position());
    }

    /** The budget left of the alert's own series, looked up when the alert fires. */
    private static String budgetLeft(Slo slo, String period) {
        StringBuilder selector = new StringBuilder(SloSeries.BUDGET_REMAINING + "{" + SloSeries.SLO_LABEL + "=\""
                + slo.name() + "\"," + SloSeries.PERIOD_LABEL + "=\"" + period + "\"");
        List<String> by = slo.sli().by();
        by.forEach(label -> selector.append(",").append(label).append("=\"%s\""));
        selector.append("}");
        String lookup = by.isEmpty() ? "query `" + selector + "`"
                : "printf `" + selector + "` " + String.join(" ", by.stream().map(l -> "$labels." + l).toList()) + " | query";
        return "{{ with " + lookup + " }}{{ . | first | value | humanizePercentage }}{{ else }}unknown{{ end }}";
    }

    private static AlertRule noData(Slo slo) {
        TreeMap<String, String> labels = new TreeMap<>(slo.alerting().labels());
        labels.put(SloSeries.SLO_LABEL, slo.name());
        String watched = String.join(", ", SliQueries.sourceSelectors(slo.sli()));
        return new AlertRule(SloSeries.noDataAlert(slo.name()), new Query(SliQueries.absent(slo.sli())),
                Optional.of(NO_DATA_FOR), Optional.empty(), Severity.WARNING, slo.team(), slo.service(), labels,
                slo.service() + ": no data for SLO " + slo.name(),
                "No series of " + watched + " for " + NO_DATA_FOR + ": SLO " + slo.name() + " measures nothing,"
                        + " so its budget and burn-rate alerts are blind. Check the exporter and its scrape.",
                slo.runbookUrl(), slo.dashboard().map(SloAlerts::withoutVariables).map(link -> onThisSlo(slo, link)),
                annotations(slo.alerting().annotations(), Map.of()), List.of(), List.of(), slo.position());
    }

    /**
     * A link to the SLO's own service dashboard opens it on this SLO (that dashboard shows all the
     * service's SLOs by default), unless the link already picks the SLOs itself.
     */
    private static DashboardLink onThisSlo(Slo slo, DashboardLink link) {
        String variable = SloDashboardSettings.SLO_VARIABLE;
        if (!link.dashboardUid().equals(SloDashboardSettings.serviceUid(slo.service()))
                || link.variables().stream().anyMatch(v -> v.name().equals(variable))) {
            return link;
        }
        List<LinkVariable> variables = new ArrayList<>(link.variables());
        variables.add(new LinkVariable(variable, slo.name(), false));
        return new DashboardLink(link.dashboardUid(), link.panelKey(), link.position(), variables, link.timeFrom(),
                link.timeTo());
    }

    /** absent() keeps none of the SLI's labels, so the no-data alert's link cannot fill variables from them. */
    private static DashboardLink withoutVariables(DashboardLink link) {
        return new DashboardLink(link.dashboardUid(), link.panelKey(), link.position(), List.of(), link.timeFrom(),
                link.timeTo());
    }

    /** Extra annotations the SLO asks for (e.g. imported from Sloth), then the alert's own, which win. */
    private static TreeMap<String, String> annotations(Map<String, String> extra, Map<String, String> own) {
        TreeMap<String, String> all = new TreeMap<>(extra);
        all.putAll(own);
        return all;
    }

    static String percent(BigDecimal share) {
        return BurnFactors.text(share.movePointRight(2)) + "%";
    }
}
