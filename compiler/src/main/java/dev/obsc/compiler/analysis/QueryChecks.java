package dev.obsc.compiler.analysis;

import dev.obsc.compiler.diagnostics.Diagnostic;
import dev.obsc.compiler.diagnostics.Diagnostics;
import dev.obsc.compiler.diagnostics.Level;
import dev.obsc.compiler.lowering.grafana.DashboardLinks;
import dev.obsc.compiler.promql.CheckOptions;
import dev.obsc.compiler.promql.CheckResult;
import dev.obsc.compiler.promql.Duration;
import dev.obsc.compiler.promql.Expr;
import dev.obsc.compiler.promql.LabelSet;
import dev.obsc.compiler.promql.PromQL;
import dev.obsc.compiler.promql.PromQLDiagnostic;
import dev.obsc.compiler.promql.References;
import dev.obsc.compiler.promql.SeriesCatalog;
import dev.obsc.compiler.promql.TypeChecker;
import dev.obsc.compiler.promql.VectorSelector;
import dev.obsc.compiler.promql.LabelMatcher;
import dev.obsc.model.AlertRule;
import dev.obsc.model.Panel;
import dev.obsc.model.PanelType;
import dev.obsc.model.Target;
import dev.obsc.model.TargetKind;
import dev.obsc.model.ExprExpectation;
import dev.obsc.model.LinkVariable;
import dev.obsc.model.MonitoringModel;
import dev.obsc.model.Query;
import dev.obsc.model.RecordingRule;
import dev.obsc.model.RuleTest;
import dev.obsc.model.SourcePosition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Type-checks every query the output will contain against the metric catalog and keeps its
 * canonical form, which the emitters print: nothing is emitted that has not been checked.
 * Recording rules are checked in dependency order, so a rule's output series (with the labels
 * its expression keeps) is in the catalog for the rules, alerts and panels that read it.
 */
final class QueryChecks {
    /** {@code $labels.x}, {@code .Labels.x} and {@code $labels["x"]} in alert templates. */
    private static final Pattern LABEL_REFERENCE =
            Pattern.compile("(?:\\$labels|\\.Labels)(?:\\.([a-zA-Z_][a-zA-Z0-9_]*)|\\[\"([a-zA-Z_][a-zA-Z0-9_]*)\"])");
    /** The label naming a histogram bucket's upper bound. */
    private static final String HISTOGRAM_BUCKET_LABEL = "le";
    private static final Pattern VALUE_REFERENCE = Pattern.compile("\\$value|\\.Value");

    /** Written by checks running in parallel (alerts, dashboards), read by lowering. */
    private final Map<String, String> canonical = new java.util.concurrent.ConcurrentHashMap<>();
    private final Diagnostics out;
    private SeriesCatalog finalCatalog = SeriesCatalog.of(List.of());
    private final Map<AlertRule, LabelSet> alertLabels = new IdentityHashMap<>();

    /** Prometheus' own series of active alerts. */
    static final String ALERTS = "ALERTS";

    private final RuleTrees trees;

    QueryChecks(Diagnostics out, RuleTrees trees) {
        this.out = out;
        this.trees = trees;
    }

    void check(MonitoringModel model) {
        ModelCatalog catalog = new ModelCatalog(model.metrics());
        Optional<Duration> scrapeInterval = model.scrapeInterval().flatMap(Duration::parse);
        CheckOptions recordingRule = withScrape(CheckOptions.recordingRule(), scrapeInterval);
        CheckOptions alertRule = withScrape(CheckOptions.alert(), scrapeInterval);
        CheckOptions query = withScrape(CheckOptions.query(), scrapeInterval);
        // Ordering needs what each rule reads, checking its tree: both come from the trees parsed once.
        // A level's rules read only declared metrics and rules of lower levels, so they are checked in
        // parallel against the catalog so far; what they record joins it in declaration order.
        record RuleResult(RecordingRule rule, CheckResult result, Diagnostics found) {
        }
        for (List<RecordingRule> level : inLevels(model.recordingRules(), trees)) {
            List<RuleResult> results = level.parallelStream().map(rule -> {
                Diagnostics found = new Diagnostics();
                CheckResult result = check(rule.expr(), trees.of(rule.expr().promql()), recordingRule,
                        catalog, "recording rule '" + rule.record() + "'", rule.position(), found);
                result.expr().flatMap(ZeroTrafficDivision::find).ifPresent(span -> found.warning("PROMQL013",
                        rule.position(), "recording rule '" + rule.record() + "' divides by traffic that is 0 when"
                                + " nothing happens, recording NaN or Inf that poisons every longer window built on it;"
                                + " guard the divisor, e.g. (sum(rate(x[5m])) > 0), so zero traffic records no sample\n"
                                + span.caretUnder(rule.expr().promql())));
                return new RuleResult(rule, result, found);
            }).toList();
            for (RuleResult checked : results) {
                out.addAll(checked.found().sorted());
                Set<String> labels = new TreeSet<>(checked.result().resultLabels().names());
                labels.addAll(checked.rule().labels().keySet());
                catalog.addRecorded(checked.rule().record(), labels);
            }
        }
        // Alerts and dashboards only read the catalog, each on its own: they are checked in parallel,
        // each into its own diagnostics, merged in declaration order.
        record AlertResult(AlertRule alert, CheckResult result, Diagnostics found) {
        }
        List<AlertResult> alerts = model.alerts().parallelStream().filter(alert -> !alert.expr().promql().isBlank())
                .map(alert -> {
                    Diagnostics found = new Diagnostics();
                    CheckResult result = check(alert.expr(), trees.of(alert.expr().promql()), alertRule, catalog,
                            "alert '" + alert.name() + "'", alert.position(), found);
                    if (result.expr().isPresent()) {
                        checkTemplates(alert, result, found);
                        checkAbsentHasPendingPeriod(alert, result.expr().get(), found);
                    }
                    return new AlertResult(alert, result, found);
                }).toList();
        alerts.forEach(checked -> {
            alertLabels.put(checked.alert(), checked.result().resultLabels());
            out.addAll(checked.found().sorted());
        });
        catalog.addRecorded(ALERTS, alertsSeriesLabels(model));
        finalCatalog = catalog.copy();
        List<Diagnostics> dashboards = model.grafana().dashboards().parallelStream().map(dashboard -> {
            Diagnostics found = new Diagnostics();
            for (Panel panel : dashboard.panels()) {
                for (Target target : panel.targets().stream().filter(t -> t.kind() == TargetKind.PROMQL).toList()) {
                    String owner = "panel '" + panel.title() + "' of dashboard '" + dashboard.uid() + "'";
                    CheckResult result = checkDashboardQuery(target.expr(), query, catalog, owner, panel.position(), found);
                    // Grafana draws a Prometheus heatmap from one series per bucket, named by le.
                    if (panel.type() == PanelType.HEATMAP && result.expr().isPresent()
                            && !result.resultLabels().mayContain(HISTOGRAM_BUCKET_LABEL)) {
                        found.error("GRAF033", panel.position(), owner + " is a heatmap, but its query keeps only "
                                + result.resultLabels().names() + "; a heatmap needs the histogram's buckets by le,"
                                + " e.g. sum by (le) (rate(x_bucket[$__rate_interval]))");
                    }
                }
            }
            return found;
        }).toList();
        dashboards.forEach(found -> out.addAll(found.sorted()));
        for (RuleTest test : model.allRuleTests()) {
            for (ExprExpectation expectation : test.exprs()) {
                check(new Query(expectation.expr()), query, catalog,
                        "rule test '" + test.name() + "'", test.position(), out);
            }
        }
    }

    /**
     * A dashboard query may use Grafana's variables; it is checked with them replaced by parseable
     * values and emitted as written, since Grafana substitutes them.
     */
    private CheckResult checkDashboardQuery(Query query, CheckOptions options, ModelCatalog catalog, String owner,
                                            SourcePosition position, Diagnostics into) {
        if (!GrafanaVariables.usesAny(query.promql())) {
            return check(query, options, catalog, owner, position, into);
        }
        Query expanded = new Query(GrafanaVariables.expandForChecking(query.promql()));
        CheckResult result = check(expanded, options, catalog, owner, position, into);
        if (result.expr().isPresent()) {
            canonical.put(query.promql(), query.promql().strip());
        }
        return result;
    }

    /**
     * Prometheus records every pending and firing alert as {@code ALERTS}, with the labels of the
     * alert's series and rule; dashboards may list them (the SLO dashboards list firing tiers).
     */
    private Set<String> alertsSeriesLabels(MonitoringModel model) {
        Set<String> labels = new TreeSet<>(List.of("alertname", "alertstate"));
        for (AlertRule alert : model.alerts()) {
            labels.addAll(alert.allLabels().keySet());
            LabelSet fromExpr = labelsOf(alert);
            if (!fromExpr.open()) {
                labels.addAll(fromExpr.names());
            }
        }
        return labels;
    }

    private static CheckOptions withScrape(CheckOptions options, Optional<Duration> scrapeInterval) {
        return scrapeInterval.map(options::withScrapeInterval).orElse(options);
    }

    /**
     * {@code absent()} is true for the first evaluations after a restart or a scrape gap, so an
     * alert on it without a pending period pages on every blip.
     */
    private static void checkAbsentHasPendingPeriod(AlertRule alert, Expr expr, Diagnostics out) {
        boolean usesAbsent = References.of(expr).functionCalls().stream()
                .anyMatch(call -> call.function().name().equals("absent"));
        if (usesAbsent && alert.forDuration().isEmpty()) {
            out.warning("ALERT013", alert.position(), "alert '" + alert.name() + "' fires on absent(...) without a"
                    + " pending period; every restart or scrape gap would page. Add pendingFor(\"5m\") or longer");
        }
    }

    /** The labels an alert's series may carry; unknown (any) when its expression did not check. */
    LabelSet labelsOf(AlertRule alert) {
        return alertLabels.getOrDefault(alert, LabelSet.unknown());
    }

    /** Every series the checked queries could select: declared metrics and recorded series. */
    SeriesCatalog catalog() {
        return finalCatalog;
    }

    /** The canonical text of a checked query. */
    String print(Query query) {
        String printed = canonical.get(query.promql());
        if (printed == null) {
            throw new IllegalStateException("query was not checked before lowering: " + query.promql());
        }
        return printed;
    }

    private CheckResult check(Query query, CheckOptions options, ModelCatalog catalog, String owner,
                              SourcePosition position, Diagnostics out) {
        return check(query, Optional.empty(), options, catalog, owner, position, out);
    }

    /** Checks {@code query}, from its tree when it was parsed already. */
    private CheckResult check(Query query, Optional<Expr> tree, CheckOptions options, ModelCatalog catalog, String owner,
                              SourcePosition position, Diagnostics out) {
        TypeChecker checker = new TypeChecker(catalog.live(), options);
        CheckResult result = tree.isPresent() ? checker.check(tree.get()) : checker.check(query.promql());
        for (PromQLDiagnostic d : result.diagnostics()) {
            out.add(new Diagnostic(d.isError() ? Level.ERROR : Level.WARNING, d.code().id(),
                    "in the query of " + owner + ": " + d.message() + "\n" + d.span().caretUnder(query.promql()), position));
        }
        result.expr().ifPresent(expr -> canonical.put(query.promql(), PromQL.print(expr)));
        return result;
    }

    /** Alerts say {@code $labels.x} only for labels their series carry, and keep {@code $value} out of labels. */
    private static void checkTemplates(AlertRule alert, CheckResult result, Diagnostics out) {
        Map<String, String> templates = new LinkedHashMap<>(alert.annotations());
        templates.put("summary", alert.summary());
        templates.put("description", alert.description());
        alert.labels().forEach((name, value) -> templates.put("label " + name, value));
        // A dashboard link that sets a variable from a label prints that label into the URL.
        alert.dashboard().ifPresent(link -> link.variables().stream().filter(LinkVariable::fromLabel)
                .forEach(v -> templates.put("dashboard link (variable " + v.name() + ")",
                        DashboardLinks.labelTemplate(v.value()))));
        templates.forEach((where, text) -> {
            Matcher m = LABEL_REFERENCE.matcher(text);
            while (m.find()) {
                String label = m.group(1) != null ? m.group(1) : m.group(2);
                if (!result.resultLabels().mayContain(label) && !alert.allLabels().containsKey(label)) {
                    out.error("ALERT011", alert.position(), "the " + where + " of alert '" + alert.name()
                            + "' uses $labels." + label + ", but the alert's expression keeps only "
                            + result.resultLabels().names() + "; it would print empty. Keep '" + label
                            + "' in the expression (by/on) or drop it from the text");
                }
            }
        });
        alert.labels().forEach((name, value) -> {
            if (VALUE_REFERENCE.matcher(value).find()) {
                out.error("ALERT012", alert.position(), "label '" + name + "' of alert '" + alert.name()
                        + "' uses $value; a label that changes with the value makes a new alert on every"
                        + " evaluation. Put the value in an annotation");
            }
        });
    }

    /**
     * Rules in levels, each level after the rules whose series it reads; rules caught in a cycle
     * keep their declaration order (their reads then show up as unknown metrics). A read is
     * matched to the rules that can produce it: by name, and where rules of that name set a label
     * statically (every SLO sets slo="..."), by the read's equality matcher on it, so thousands of
     * SLOs recording one name do not make every read depend on every one of them.
     */
    private static List<List<RecordingRule>> inLevels(List<RecordingRule> rules, RuleTrees parsed) {
        Producers producers = new Producers(rules);
        Map<RecordingRule, Integer> levels = new IdentityHashMap<>();
        Set<RecordingRule> visiting = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<List<RecordingRule>> byLevel = new ArrayList<>();
        for (RecordingRule rule : rules) {
            visit(rule, producers, parsed, levels, visiting, byLevel);
        }
        return byLevel;
    }

    /** Orders {@code rule} after what it reads: its level is one above the highest of its producers. */
    private static int visit(RecordingRule rule, Producers producers, RuleTrees parsed, Map<RecordingRule, Integer> levels,
                             Set<RecordingRule> visiting, List<List<RecordingRule>> byLevel) {
        Integer known = levels.get(rule);
        if (known != null) {
            return known;
        }
        if (!visiting.add(rule)) {
            return -1;
        }
        List<VectorSelector> reads = parsed.reads(rule.expr().promql());
        int level = 0;
        for (VectorSelector read : reads) {
            for (RecordingRule dependency : producers.of(read)) {
                level = Math.max(level, visit(dependency, producers, parsed, levels, visiting, byLevel) + 1);
            }
        }
        visiting.remove(rule);
        levels.put(rule, level);
        while (byLevel.size() <= level) {
            byLevel.add(new ArrayList<>());
        }
        byLevel.get(level).add(rule);
        return level;
    }

    /** The recording rules that may produce what a selector reads. */
    private static final class Producers {
        private final Map<String, List<RecordingRule>> byName = new HashMap<>();
        /** name -> static label -> value -> rules setting it. */
        private final Map<String, Map<String, Map<String, List<RecordingRule>>>> byStaticLabel = new HashMap<>();
        /** name -> static label -> rules of that name not setting it (they may produce any value). */
        private final Map<String, Map<String, List<RecordingRule>>> withoutStaticLabel = new HashMap<>();

        Producers(List<RecordingRule> rules) {
            rules.forEach(rule -> byName.computeIfAbsent(rule.record(), k -> new ArrayList<>()).add(rule));
            byName.forEach((name, named) -> {
                Map<String, Map<String, List<RecordingRule>>> labels = new HashMap<>();
                named.forEach(rule -> rule.labels().forEach((label, value) -> labels
                        .computeIfAbsent(label, k -> new HashMap<>()).computeIfAbsent(value, k -> new ArrayList<>()).add(rule)));
                byStaticLabel.put(name, labels);
                Map<String, List<RecordingRule>> without = new HashMap<>();
                labels.keySet().forEach(label -> without.put(label,
                        named.stream().filter(rule -> !rule.labels().containsKey(label)).toList()));
                withoutStaticLabel.put(name, without);
            });
        }

        List<RecordingRule> of(VectorSelector read) {
            Optional<String> name = read.effectiveMetricName();
            if (name.isEmpty()) {
                return List.of();
            }
            List<RecordingRule> named = byName.getOrDefault(name.get(), List.of());
            Map<String, Map<String, List<RecordingRule>>> labels = byStaticLabel.getOrDefault(name.get(), Map.of());
            for (LabelMatcher matcher : read.matchers()) {
                if (matcher.op() == LabelMatcher.MatchOp.EQUAL && labels.containsKey(matcher.name())) {
                    List<RecordingRule> matching = new ArrayList<>(
                            labels.get(matcher.name()).getOrDefault(matcher.value(), List.of()));
                    matching.addAll(withoutStaticLabel.get(name.get()).get(matcher.name()));
                    return matching;
                }
            }
            return named;
        }
    }
}
