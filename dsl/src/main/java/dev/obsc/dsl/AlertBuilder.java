package dev.obsc.dsl;

import dev.obsc.model.AlertRule;
import dev.obsc.model.DashboardLink;
import dev.obsc.model.Query;
import dev.obsc.model.Severity;
import dev.obsc.model.SourcePosition;
import dev.obsc.model.Suppression;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/** Fluent description of one alerting rule. */
public final class AlertBuilder {
    private final String name;
    private final String group;
    private final SourcePosition position;
    private Query expr;
    private String forDuration;
    private String keepFiringFor;
    private Severity severity;
    private String team;
    private String service;
    private final TreeMap<String, String> labels = new TreeMap<>();
    private String summary;
    private String description;
    private String runbookUrl;
    private DashboardLink dashboard;
    private final TreeMap<String, String> annotations = new TreeMap<>();

    private final List<RuleTestBuilder> tests = new ArrayList<>();
    private final List<Suppression> suppressions = new ArrayList<>();

    AlertBuilder(String name, String group, SourcePosition position) {
        this.name = name;
        this.group = group;
        this.position = position;
    }

    /** The condition: the alert fires for every series this expression returns. */
    public AlertBuilder expr(Expr condition) {
        this.expr = condition.toQuery();
        return this;
    }

    /** How long the condition must hold before the alert fires (Prometheus {@code for}). */
    public AlertBuilder pendingFor(String duration) {
        this.forDuration = duration;
        return this;
    }

    public AlertBuilder keepFiringFor(String duration) {
        this.keepFiringFor = duration;
        return this;
    }

    public AlertBuilder severity(Severity severity) {
        this.severity = severity;
        return this;
    }

    public AlertBuilder owner(String team, String service) {
        this.team = team;
        this.service = service;
        return this;
    }

    public AlertBuilder label(String name, String value) {
        labels.put(name, value);
        return this;
    }

    public AlertBuilder summary(String text) {
        this.summary = text;
        return this;
    }

    public AlertBuilder description(String text) {
        this.description = text;
        return this;
    }

    public AlertBuilder runbook(String url) {
        this.runbookUrl = url;
        return this;
    }

    public AlertBuilder dashboard(DashboardRef ref) {
        this.dashboard = ref.link();
        return this;
    }

    public AlertBuilder dashboard(PanelRef ref) {
        this.dashboard = ref.link();
        return this;
    }

    /**
     * A link to a panel that also sets the dashboard's variables and time range, e.g.
     * {@code dashboard(ERRORS, link -> link.variable("job", JOB).time("now-6h", "now"))}.
     */
    public AlertBuilder dashboard(PanelRef ref, Consumer<DashboardLinkBuilder> spec) {
        DashboardLinkBuilder link = new DashboardLinkBuilder(ref.variables());
        spec.accept(link);
        this.dashboard = link.build(ref.dashboard().uid(), Optional.of(ref.key()), Positions.caller());
        return this;
    }

    public AlertBuilder annotation(String name, String value) {
        annotations.put(name, value);
        return this;
    }

    /**
     * A unit test of this alert, run by {@code promtool test rules}; every alert should have one
     * that fires and one that stays silent.
     */
    public AlertBuilder test(String testName, Consumer<RuleTestBuilder> spec) {
        RuleTestBuilder builder = new RuleTestBuilder(group, name + ": " + testName, name, Positions.caller());
        spec.accept(builder);
        tests.add(builder);
        return this;
    }

    /** Accepts warning {@code code} for this alert, for the reason given; the review report lists it. */
    public AlertBuilder suppress(String code, String reason) {
        suppressions.add(new Suppression(code, reason, Positions.caller()));
        return this;
    }

    AlertRule build() {
        // Missing required fields become empty values the compiler reports with this position,
        // so that one run lists every incomplete alert instead of failing on the first.
        return new AlertRule(name, expr == null ? new Query("") : expr,
                Optional.ofNullable(forDuration), Optional.ofNullable(keepFiringFor),
                severity == null ? Severity.WARNING : severity, nullToEmpty(team), nullToEmpty(service), labels,
                nullToEmpty(summary), nullToEmpty(description), nullToEmpty(runbookUrl),
                Optional.ofNullable(dashboard), annotations, tests.stream().map(RuleTestBuilder::build).toList(),
                suppressions, position);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
