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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The alerts of one service's SLOs, in one group. Per period and burn tier, one multi-window
 * burn-rate alert serves every SLO of the service whose alert settings are the same (team, tier,
 * pending period, SLI labels, dashboard, extra labels and annotations, runbook): it reads the shared
 * burn rates of those SLOs, so the label {@code slo} says which SLO burns, and its
 * annotations name the SLO and read its description from the SLO's info series when they render.
 * One no-data alert (per team and settings) fires for every SLO of the service with no traffic series. So a
 * service with a hundred SLOs has a handful of alert rules, not five hundred, and each page still
 * names its SLO, period and tier.
 */
final class SloAlerts {
    static final String INTERVAL = "1m";
    static final String NO_DATA_FOR = "10m";
    static final String BUDGET_LEFT = SloSeries.BUDGET_LEFT_ANNOTATION;
    /** Where the description prints the burn rate the alert fired at. */
    static final String VALUE_TEMPLATE = "{{ $value | printf \"%.2f\" }}";
    /** Where annotations and links print the SLO the alert fired for. */
    static final String SLO_TEMPLATE = "{{ $labels." + SloSeries.SLO_LABEL + " }}";

    private SloAlerts() {
    }

    /** The alerts of {@code slos}, the SLOs of {@code service} in declaration order. */
    static ServiceSloAlerts of(String service, List<Slo> slos) {
        Map<BurnShape, List<Slo>> burning = new LinkedHashMap<>();
        Map<NoDataShape, List<Slo>> silent = new LinkedHashMap<>();
        for (Slo slo : slos) {
            Settings settings = Settings.of(slo);
            for (String period : slo.periods()) {
                for (BurnTier tier : slo.tiers()) {
                    burning.computeIfAbsent(new BurnShape(settings, period, tier), k -> new ArrayList<>()).add(slo);
                }
            }
            silent.computeIfAbsent(NoDataShape.of(slo), k -> new ArrayList<>()).add(slo);
        }
        Function<List<Slo>, String> selector = covered -> selector(service, covered, slos.size());

        List<AlertRule> alerts = new ArrayList<>();
        Map<String, List<Slo>> served = new HashMap<>();
        Map<String, AlertRule> burn = new HashMap<>();
        Map<String, Integer> names = new HashMap<>();
        burning.forEach((shape, covered) -> {
            String name = unique(covered.size() == 1
                    ? SloSeries.burnAlert(covered.get(0).name(), shape.period(), shape.tier().name())
                    : SloSeries.sharedBurnAlert(service, shape.period(), shape.tier().name()), covered, names);
            AlertRule alert = burnAlert(name, service, shape, covered, selector.apply(covered));
            alerts.add(alert);
            served.put(alert.name(), covered);
            covered.forEach(slo -> burn.put(ServiceSloAlerts.burnKey(slo.name(), shape.period(), shape.tier().name()), alert));
        });
        Map<String, AlertRule> noData = new HashMap<>();
        silent.forEach((shape, covered) -> {
            String name = unique(SloSeries.noDataAlert(covered.size() == 1 ? covered.get(0).name() : service), covered, names);
            AlertRule alert = noData(name, service, covered, selector.apply(covered));
            alerts.add(alert);
            served.put(alert.name(), covered);
            covered.forEach(slo -> noData.put(slo.name(), alert));
        });
        return new ServiceSloAlerts(new AlertGroup(SloSeries.alertGroup(service), INTERVAL, alerts, slos.get(0).position()),
                burn, noData, served);
    }

    /**
     * A rule serving one SLO is named after it, one serving several after their service; when two
     * rules of a service serving several SLOs each would share a name, the later one adds the name of
     * the first SLO it serves.
     */
    private static String unique(String name, List<Slo> covered, Map<String, Integer> names) {
        return names.merge(name, 1, Integer::sum) == 1 ? name : name + SloSeries.camelCase(covered.get(0).name());
    }

    /** Matchers picking exactly the covered SLOs' series: by service, and by name when the service has others. */
    private static String selector(String service, List<Slo> covered, int ofService) {
        if (covered.size() == 1) {
            return "{" + SloSeries.SLO_LABEL + "=\"" + covered.get(0).name() + "\"}";
        }
        StringBuilder matchers = new StringBuilder("{" + SloSeries.SERVICE_LABEL + "=\"" + service + "\"");
        if (covered.size() != ofService) {
            // SLO names hold no regular-expression metacharacters (SLO008).
            matchers.append(", ").append(SloSeries.SLO_LABEL).append("=~\"")
                    .append(String.join("|", covered.stream().map(Slo::name).toList())).append("\"");
        }
        return matchers.append("}").toString();
    }

    static String condition(BurnTier tier, BigDecimal factor, String selector) {
        String threshold = BurnFactors.text(factor);
        return SloSeries.burnRate(tier.longWindow()) + selector + " > " + threshold + " and "
                + SloSeries.burnRate(tier.shortWindow()) + selector + " > " + threshold;
    }

    private static AlertRule burnAlert(String name, String service, BurnShape shape, List<Slo> covered, String selector) {
        Slo first = covered.get(0);
        BurnTier tier = shape.tier();
        String period = shape.period();
        BigDecimal factor = BurnFactors.factor(tier, period);
        TreeMap<String, String> labels = new TreeMap<>(shape.labels());
        labels.put(SloSeries.PERIOD_LABEL, period);
        labels.put(SloSeries.TIER_LABEL, tier.name());
        Texts texts = Texts.of(covered, service + ": SLO " + SLO_TEMPLATE + " burns its " + period
                + " error budget faster than " + BurnFactors.text(factor) + "x", DESCRIPTION_OF_SLO + burning(period, tier, factor),
                shape.runbook());
        return new AlertRule(name, new Query(condition(tier, factor, selector)), shape.alertFor(), Optional.empty(),
                tier.severity(), first.team(), service, labels, texts.summary(), texts.description(), texts.runbook(),
                sharedLink(first, first.dashboard()).map(link -> forRule(covered, link)),
                annotations(shape.annotations(), Map.of(BUDGET_LEFT, budgetLeft(period, shape.by()))),
                List.of(), List.of(), first.position());
    }

    /** The description after the SLO's own: what burns how fast. */
    static String burning(String period, BurnTier tier, BigDecimal factor) {
        return "SLO " + SLO_TEMPLATE + " burns its " + period + " error budget " + VALUE_TEMPLATE + "x as fast as it"
                + " may over the last " + tier.longWindow() + ", and over the last " + tier.shortWindow()
                + " too (threshold " + BurnFactors.text(factor) + "x).";
    }

    /** The SLO's description and objective from its info series: "Requests succeed. Objective 0.99. ". */
    static final String DESCRIPTION_OF_SLO = "{{ with printf `" + SloSeries.INFO + "{" + SloSeries.SLO_LABEL
            + "=\"%s\"}` $labels." + SloSeries.SLO_LABEL + " | query }}{{ with . | first }}{{ with label \""
            + SloSeries.DESCRIPTION_LABEL + "\" . }}{{ . }}. {{ end }}Objective {{ label \"" + SloSeries.OBJECTIVE_LABEL
            + "\" . }}. {{ end }}{{ end }}";

    /** {@link #DESCRIPTION_OF_SLO} as it renders for {@code slo}. */
    static String descriptionOf(Slo slo) {
        return (slo.description().isBlank() ? "" : slo.description().strip() + ". ")
                + "Objective " + BurnFactors.text(slo.objective()) + ". ";
    }

    /** The budget left of the alert's own series, looked up when the alert fires. */
    private static String budgetLeft(String period, List<String> by) {
        StringBuilder selector = new StringBuilder(SloSeries.BUDGET_REMAINING + "{" + SloSeries.SLO_LABEL + "=\"%s\","
                + SloSeries.PERIOD_LABEL + "=\"" + period + "\"");
        by.forEach(label -> selector.append(",").append(label).append("=\"%s\""));
        selector.append("}");
        List<String> arguments = new ArrayList<>(List.of("$labels." + SloSeries.SLO_LABEL));
        by.forEach(label -> arguments.add("$labels." + label));
        return "{{ with printf `" + selector + "` " + String.join(" ", arguments) + " | query }}"
                + "{{ . | first | value | humanizePercentage }}{{ else }}unknown{{ end }}";
    }

    private static AlertRule noData(String name, String service, List<Slo> covered, String selector) {
        Slo first = covered.get(0);
        TreeMap<String, String> labels = new TreeMap<>(first.alerting().labels());
        String owner = String.join(", ", SloSeries.SLO_LABEL, SloSeries.SERVICE_LABEL, SloSeries.TEAM_LABEL);
        String expr = "group by (" + owner + ") (" + SloSeries.INFO + selector + ") unless on (" + SloSeries.SLO_LABEL
                + ") " + SloSeries.totalRate(SloSeries.BASE_WINDOW);
        Texts texts = Texts.of(covered, service + ": no data for SLO " + SLO_TEMPLATE,
                "SLO " + SLO_TEMPLATE + " has had no traffic series for " + NO_DATA_FOR + " (its events per second, "
                        + SloSeries.totalRate(SloSeries.BASE_WINDOW) + ", have no sample): it measures nothing, so its"
                        + " budget and burn-rate alerts are blind. Check the exporter and its scrape.", runbook(first));
        return new AlertRule(name, new Query(expr), Optional.of(NO_DATA_FOR), Optional.empty(), Severity.WARNING,
                first.team(), service, labels, texts.summary(), texts.description(), texts.runbook(),
                sharedLink(first, first.dashboard().map(SloAlerts::withoutVariables)).map(link -> forRule(covered, link)),
                annotations(first.alerting().annotations(), Map.of()), List.of(), List.of(), first.position());
    }

    /**
     * The runbook URL with the SLO's name, when it ends with it, replaced by the firing SLO's: SLOs
     * whose runbooks differ only in their own name share an alert.
     */
    static String runbook(Slo slo) {
        String url = slo.runbookUrl();
        String name = slo.name();
        int at = url.lastIndexOf(name);
        boolean ownSegment = at > 0 && "/#=".indexOf(url.charAt(at - 1)) >= 0
                && (at + name.length() == url.length() || "./?#&".indexOf(url.charAt(at + name.length())) >= 0);
        return ownSegment ? url.substring(0, at) + SLO_TEMPLATE + url.substring(at + name.length()) : url;
    }

    /**
     * The SLO's link as the SLOs of a rule share it: its own service dashboard opens on the SLO that
     * fired (that dashboard shows all the service's SLOs by default), set from the alert's label
     * {@code slo}, as is a link the SLO set to open on itself; a link that picks other SLOs stays.
     */
    private static Optional<DashboardLink> sharedLink(Slo slo, Optional<DashboardLink> declared) {
        return declared.map(link -> {
            String variable = SloDashboardSettings.SLO_VARIABLE;
            List<LinkVariable> variables = new ArrayList<>(link.variables());
            boolean onItself = variables.removeIf(v -> v.name().equals(variable) && !v.fromLabel() && v.value().equals(slo.name()));
            boolean picksSlos = variables.stream().anyMatch(v -> v.name().equals(variable));
            if (picksSlos || !onItself && !link.dashboardUid().equals(SloDashboardSettings.serviceUid(slo.service()))) {
                return link;
            }
            variables.add(new LinkVariable(variable, SloSeries.SLO_LABEL, true));
            return new DashboardLink(link.dashboardUid(), link.panelKey(), link.position(), variables, link.timeFrom(),
                    link.timeTo());
        });
    }

    /** A rule serving one SLO links to it by name: its rule file reads like the link it pages with. */
    private static DashboardLink forRule(List<Slo> covered, DashboardLink link) {
        if (covered.size() > 1) {
            return link;
        }
        List<LinkVariable> variables = link.variables().stream()
                .map(v -> v.fromLabel() && v.value().equals(SloSeries.SLO_LABEL) ? new LinkVariable(v.name(), covered.get(0).name(), false) : v)
                .toList();
        return new DashboardLink(link.dashboardUid(), link.panelKey(), link.position(), variables, link.timeFrom(),
                link.timeTo());
    }

    /** The no-data alert keeps only the SLO's labels, so its link cannot fill other variables from labels. */
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

    /**
     * An alert's summary, description and runbook: templates that name the firing SLO and read its
     * description when the rule serves several SLOs; for one SLO, as they render for it, so its
     * rule file reads like what it pages with.
     */
    record Texts(String summary, String description, String runbook) {
        static Texts of(List<Slo> covered, String summary, String description, String runbook) {
            Texts texts = new Texts(summary, description, runbook);
            return covered.size() == 1 ? texts.renderedFor(covered.get(0)) : texts;
        }

        /** The texts as Prometheus renders them for an alert of {@code slo}. */
        Texts renderedFor(Slo slo) {
            return new Texts(summary.replace(SLO_TEMPLATE, slo.name()),
                    description.replace(DESCRIPTION_OF_SLO, descriptionOf(slo)).replace(SLO_TEMPLATE, slo.name()),
                    runbook.replace(SLO_TEMPLATE, slo.name()));
        }
    }

    /** A dashboard link as alerts of several SLOs can share it: without where it was declared. */
    private record LinkShape(String dashboardUid, Optional<String> panelKey, List<LinkVariable> variables,
                             Optional<String> timeFrom, Optional<String> timeTo) {
        static Optional<LinkShape> of(Optional<DashboardLink> link) {
            return link.map(l -> new LinkShape(l.dashboardUid(), l.panelKey(), l.variables(), l.timeFrom(), l.timeTo()));
        }
    }

    /** What an SLO's burn-rate alert rules depend on besides period and tier; worked out once per SLO. */
    private record Settings(String team, Optional<String> alertFor, List<String> by, Optional<LinkShape> dashboard,
                            SortedMap<String, String> pageLabels, SortedMap<String, String> pageAnnotations,
                            SortedMap<String, String> ticketLabels, SortedMap<String, String> ticketAnnotations,
                            String runbook) {
        static Settings of(Slo slo) {
            return new Settings(slo.team(), slo.alertFor(), slo.sli().by(), LinkShape.of(sharedLink(slo, slo.dashboard())),
                    slo.alerting().labelsFor(Severity.CRITICAL), slo.alerting().annotationsFor(Severity.CRITICAL),
                    slo.alerting().labelsFor(Severity.WARNING), slo.alerting().annotationsFor(Severity.WARNING),
                    SloAlerts.runbook(slo));
        }
    }

    /** Everything a burn-rate alert rule depends on besides which SLOs it serves. */
    private record BurnShape(Settings settings, String period, BurnTier tier) {
        String team() {
            return settings.team();
        }

        Optional<String> alertFor() {
            return settings.alertFor();
        }

        List<String> by() {
            return settings.by();
        }

        String runbook() {
            return settings.runbook();
        }

        SortedMap<String, String> labels() {
            return tier.severity() == Severity.CRITICAL ? settings.pageLabels() : settings.ticketLabels();
        }

        SortedMap<String, String> annotations() {
            return tier.severity() == Severity.CRITICAL ? settings.pageAnnotations() : settings.ticketAnnotations();
        }
    }

    /** Everything a no-data alert rule depends on besides which SLOs it serves. */
    private record NoDataShape(String team, Optional<LinkShape> dashboard, SortedMap<String, String> labels,
                               SortedMap<String, String> annotations, String runbook) {
        static NoDataShape of(Slo slo) {
            return new NoDataShape(slo.team(), LinkShape.of(sharedLink(slo, slo.dashboard().map(SloAlerts::withoutVariables))), slo.alerting().labels(),
                    slo.alerting().annotations(), SloAlerts.runbook(slo));
        }
    }
}
