package dev.obsc.dsl;

import dev.obsc.model.BurnTier;
import dev.obsc.model.DashboardLink;
import dev.obsc.model.LatencySli;
import dev.obsc.model.Matcher;
import dev.obsc.model.RatioSli;
import dev.obsc.model.Sli;
import dev.obsc.model.Slo;
import dev.obsc.model.SloAlerting;
import dev.obsc.model.SourcePosition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Fluent description of one SLO: owner, objective, periods, SLI, and its burn-rate alert tiers
 * (the SRE Workbook's four unless tuned). Required parts left out become values the compiler
 * reports at this SLO's position, so one run lists every incomplete SLO.
 *
 * <pre>{@code
 * SloRef availability = m.slo("availability")
 *         .owner("platform", "tta-primitives")
 *         .description("99% of primitive executions succeed")
 *         .objective("0.99").periods("30d", "7d")
 *         .badOverTotal(executions.where(STATUS.eq("error")), executions.all())
 *         .by(JOB)
 *         .runbook("https://runbooks.example/slo/availability")
 *         .ref();
 * }</pre>
 */
public final class SloBuilder {
    private final String name;
    private final SourcePosition position;
    private String team = "";
    private String service = "";
    private String description = "";
    private BigDecimal objective = BigDecimal.ZERO;
    private List<String> periods = List.of("30d");
    private Sli sli;
    private List<String> by = List.of();
    private final List<BurnTier> tiers = new ArrayList<>(BurnTier.workbook());
    private String alertFor;
    private DashboardLink dashboard;
    private String runbookUrl = "";
    private final SortedMap<String, String> alertLabels = new TreeMap<>();
    private final SortedMap<String, String> alertAnnotations = new TreeMap<>();
    private final SortedMap<String, String> pageLabels = new TreeMap<>();
    private final SortedMap<String, String> pageAnnotations = new TreeMap<>();
    private final SortedMap<String, String> ticketLabels = new TreeMap<>();
    private final SortedMap<String, String> ticketAnnotations = new TreeMap<>();

    SloBuilder(String name, SourcePosition position) {
        this.name = name;
        this.position = position;
    }

    /** The handle dashboards and queries use to read this SLO's recorded series. */
    public SloRef ref() {
        return new SloRef(name);
    }

    public SloBuilder owner(String team, String service) {
        this.team = team;
        this.service = service;
        return this;
    }

    public SloBuilder description(String text) {
        this.description = text;
        return this;
    }

    /** The share of good events, as an exact decimal in (0, 1), e.g. "0.99". */
    public SloBuilder objective(String exactDecimal) {
        this.objective = new BigDecimal(exactDecimal);
        return this;
    }

    /** The periods the objective holds over (default 30d); each has its own budget and alerts. */
    public SloBuilder periods(String... periods) {
        this.periods = List.of(periods);
        return this;
    }

    // ---- the SLI ------------------------------------------------------------------------------

    /** Good events among all events, from counters of the catalog. */
    public SloBuilder goodOverTotal(Selector good, Selector total) {
        return goodOverTotal(Events.counter(good), Events.counter(total));
    }

    public SloBuilder goodOverTotal(Events good, Events total) {
        this.sli = RatioSli.goodOverTotal(good.source(), total.source(), List.of());
        return this;
    }

    /** Bad events among all events, from counters of the catalog. */
    public SloBuilder badOverTotal(Selector bad, Selector total) {
        return badOverTotal(Events.counter(bad), Events.counter(total));
    }

    public SloBuilder badOverTotal(Events bad, Events total) {
        this.sli = RatioSli.badOverTotal(bad.source(), total.source(), List.of());
        return this;
    }

    /** Good and bad events that together are all events, e.g. cache hits and misses. */
    public SloBuilder goodAndBad(Selector good, Selector bad) {
        return goodAndBad(Events.counter(good), Events.counter(bad));
    }

    public SloBuilder goodAndBad(Events good, Events bad) {
        this.sli = RatioSli.goodAndBad(good.source(), bad.source(), List.of());
        return this;
    }

    /**
     * Events of {@code histogram} at or under {@code threshold} seconds (exact decimal) are good;
     * the threshold must be one of its declared bucket boundaries.
     */
    public SloBuilder latency(Histogram histogram, String threshold, Matcher... matchers) {
        this.sli = new LatencySli(histogram.name(), new BigDecimal(threshold), List.of(matchers), List.of());
        return this;
    }

    /** The labels the SLI is aggregated by (e.g. job); its recordings and alerts keep them. */
    public SloBuilder by(Label... labels) {
        this.by = Arrays.stream(labels).map(Label::name).toList();
        return this;
    }

    // ---- alerts -------------------------------------------------------------------------------

    /** Drops a burn tier (e.g. {@code BurnTier.PAGE_1H}) from this SLO's alerts. */
    public SloBuilder withoutTier(String tierName) {
        tiers.removeIf(t -> t.name().equals(tierName));
        return this;
    }

    /** Alerts on tier {@code tierName} at a fixed burn-rate factor (exact decimal) instead of the derived one. */
    public SloBuilder tierFactor(String tierName, String exactFactor) {
        tiers.replaceAll(t -> t.name().equals(tierName) ? t.withFactor(new BigDecimal(exactFactor)) : t);
        if (tiers.stream().noneMatch(t -> t.name().equals(tierName))) {
            throw new IllegalArgumentException("SLO '" + name + "' has no burn tier '" + tierName + "'");
        }
        return this;
    }

    /** Adds a burn tier, or replaces the one with the same name. */
    public SloBuilder tier(BurnTier tier) {
        tiers.removeIf(t -> t.name().equals(tier.name()));
        tiers.add(tier);
        return this;
    }

    /** How long a burn-rate condition must hold before its alert fires (default: at once). */
    public SloBuilder alertFor(String duration) {
        this.alertFor = duration;
        return this;
    }

    public SloBuilder runbook(String url) {
        this.runbookUrl = url;
        return this;
    }

    /** The dashboard the alerts link to. */
    public SloBuilder dashboard(DashboardRef ref) {
        this.dashboard = ref.link();
        return this;
    }

    public SloBuilder dashboard(PanelRef ref) {
        this.dashboard = ref.link();
        return this;
    }

    /** A label on every alert of this SLO (e.g. for routing); the compiler's own labels win. */
    public SloBuilder alertLabel(String label, String value) {
        alertLabels.put(label, value);
        return this;
    }

    /** An annotation on every alert of this SLO; the compiler's own annotations win. */
    public SloBuilder alertAnnotation(String annotation, String value) {
        alertAnnotations.put(annotation, value);
        return this;
    }

    /** A label only on this SLO's paging (critical) burn-rate alerts. */
    public SloBuilder pageLabel(String label, String value) {
        pageLabels.put(label, value);
        return this;
    }

    /** An annotation only on this SLO's paging (critical) burn-rate alerts. */
    public SloBuilder pageAnnotation(String annotation, String value) {
        pageAnnotations.put(annotation, value);
        return this;
    }

    /** A label only on this SLO's ticket (warning) burn-rate alerts. */
    public SloBuilder ticketLabel(String label, String value) {
        ticketLabels.put(label, value);
        return this;
    }

    /** An annotation only on this SLO's ticket (warning) burn-rate alerts. */
    public SloBuilder ticketAnnotation(String annotation, String value) {
        ticketAnnotations.put(annotation, value);
        return this;
    }

    /** A link to a panel that also sets the dashboard's variables (e.g. the alert's job) and time range. */
    public SloBuilder dashboard(PanelRef ref, java.util.function.Consumer<DashboardLinkBuilder> spec) {
        DashboardLinkBuilder link = new DashboardLinkBuilder(ref.variables());
        spec.accept(link);
        this.dashboard = link.build(ref.dashboard().uid(), Optional.of(ref.key()), Positions.caller());
        return this;
    }

    Slo build() {
        Sli built = sli == null ? new RatioSli(Optional.empty(), Optional.empty(), Optional.empty(), by) : withBy(sli);
        return new Slo(name, service, team, description, objective, periods, built, tiers,
                Optional.ofNullable(alertFor), Optional.ofNullable(dashboard), runbookUrl,
                new SloAlerting(alertLabels, alertAnnotations, pageLabels, pageAnnotations, ticketLabels, ticketAnnotations),
                position);
    }

    private Sli withBy(Sli declared) {
        if (declared instanceof LatencySli latency) {
            return new LatencySli(latency.histogram(), latency.threshold(), latency.matchers(), by);
        }
        RatioSli ratio = (RatioSli) declared;
        return new RatioSli(ratio.good(), ratio.bad(), ratio.total(), by);
    }
}
