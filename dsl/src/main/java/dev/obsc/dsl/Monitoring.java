package dev.obsc.dsl;

import dev.obsc.model.Metric;
import dev.obsc.model.MetricKind;
import dev.obsc.model.MonitoringModel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The root of a set of definitions: the metric catalog, rule groups, Alertmanager and Grafana.
 * Each declaration remembers the file and line it was made on, for the compiler's diagnostics.
 */
public final class Monitoring {
    private final String name;
    private final List<Metric> metrics = new ArrayList<>();
    private final List<RecordingGroupBuilder> recordingGroups = new ArrayList<>();
    private final List<AlertGroupBuilder> alertGroups = new ArrayList<>();
    private final AlertmanagerBuilder alertmanager = new AlertmanagerBuilder();
    private final GrafanaBuilder grafana = new GrafanaBuilder();
    private final List<RuleTestBuilder> ruleTests = new ArrayList<>();
    private final List<SloBuilder> slos = new ArrayList<>();
    private final StackBuilder stack = new StackBuilder();
    private String scrapeInterval;

    public Monitoring(String name) {
        this.name = name;
    }

    /** How often Prometheus scrapes these metrics; ranges shorter than four scrapes are reported. */
    public Monitoring scrapeInterval(String interval) {
        this.scrapeInterval = interval;
        return this;
    }

    // ---- metric catalog ---------------------------------------------------------------------

    public Counter counter(String metricName, String help, Label... labels) {
        return new Counter(declare(metricName, MetricKind.COUNTER, help, labels, List.of()));
    }

    public Gauge gauge(String metricName, String help, Label... labels) {
        return new Gauge(declare(metricName, MetricKind.GAUGE, help, labels, List.of()));
    }

    /** A histogram; {@code buckets} are its upper bounds as exact decimals, e.g. "0.1", "0.25". */
    public Histogram histogram(String metricName, String help, List<String> buckets, Label... labels) {
        return new Histogram(declare(metricName, MetricKind.HISTOGRAM, help, labels,
                buckets.stream().map(BigDecimal::new).toList()));
    }

    private Metric declare(String metricName, MetricKind kind, String help, Label[] labels, List<BigDecimal> buckets) {
        Metric metric = new Metric(metricName, kind, help, Arrays.stream(labels).map(Label::name).toList(), buckets,
                Positions.caller());
        metrics.add(metric);
        return metric;
    }

    // ---- rules ------------------------------------------------------------------------------

    /**
     * A group of recording rules evaluated every {@code interval}. Returned rather than taken as
     * a lambda so the series it records can be kept in variables and used by later queries.
     */
    public RecordingGroupBuilder recordingRules(String group, String interval) {
        RecordingGroupBuilder builder = new RecordingGroupBuilder(group, interval, Positions.caller());
        recordingGroups.add(builder);
        return builder;
    }

    public AlertGroupBuilder alerts(String group, String interval) {
        AlertGroupBuilder builder = new AlertGroupBuilder(group, interval, Positions.caller());
        alertGroups.add(builder);
        return builder;
    }

    /** A rule unit test not tied to one alert (several alerts, or recorded series), emitted to tests/{file}.yml. */
    public void ruleTest(String file, String name, java.util.function.Consumer<RuleTestBuilder> spec) {
        RuleTestBuilder builder = new RuleTestBuilder(file, name, null, Positions.caller());
        spec.accept(builder);
        ruleTests.add(builder);
    }

    // ---- SLOs -------------------------------------------------------------------------------

    /**
     * Declares an SLO; complete it with the returned builder and keep {@link SloBuilder#ref()} for
     * dashboards. The compiler expands it into recording rules, burn-rate alerts and their tests.
     */
    public SloBuilder slo(String sloName) {
        SloBuilder builder = new SloBuilder(sloName, Positions.caller());
        slos.add(builder);
        return builder;
    }

    /** Declares an SLO described by {@code spec}; returns its handle. */
    public SloRef slo(String sloName, java.util.function.Consumer<SloBuilder> spec) {
        SloBuilder builder = new SloBuilder(sloName, Positions.caller());
        spec.accept(builder);
        slos.add(builder);
        return builder.ref();
    }

    // ---- Alertmanager, Grafana and the stack ------------------------------------------------

    public AlertmanagerBuilder alertmanager() {
        return alertmanager;
    }

    public GrafanaBuilder grafana() {
        return grafana;
    }

    /** The monitoring stack: services, scrape jobs, collector pipelines and environments. */
    public StackBuilder stack() {
        return stack;
    }

    public MonitoringModel build() {
        return new MonitoringModel(name, java.util.Optional.ofNullable(scrapeInterval), metrics,
                recordingGroups.stream().map(RecordingGroupBuilder::build).toList(),
                alertGroups.stream().map(AlertGroupBuilder::build).toList(),
                alertmanager.build(), grafana.build(), ruleTests.stream().map(RuleTestBuilder::build).toList(),
                stack.build(), slos.stream().map(SloBuilder::build).toList());
    }
}
