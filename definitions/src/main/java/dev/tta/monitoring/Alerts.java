package dev.tta.monitoring;

import dev.obsc.dsl.AlertBuilder;
import dev.obsc.dsl.AlertGroupBuilder;
import dev.obsc.dsl.Monitoring;
import dev.obsc.model.Severity;

import static dev.obsc.dsl.PromQL.absent;
import static dev.obsc.dsl.PromQL.sum;
import static dev.obsc.dsl.VectorMatching.on;
import static dev.obsc.model.Severity.CRITICAL;
import static dev.obsc.model.Severity.INFO;
import static dev.obsc.model.Severity.WARNING;
import static dev.tta.monitoring.Catalog.JOB;
import static dev.tta.monitoring.Queries.rateOffset;

/**
 * TTA.dev's alerting rules. Every alert about TTA.dev keeps the {@code job} label (aggregations
 * are {@code by (job)} or finer) and is owned by service {@value Teams#SERVICE_PRIMITIVES}, so
 * the inhibitions in {@link Routing} can match on {@code service} and {@code job}.
 * SLO burn-rate alerts are not declared here: they will be derived from SLO definitions.
 */
public final class Alerts {
    public static final String HIGH_ERROR_RATE = "TTAHighErrorRate";
    public static final String SERVICE_DOWN = "TTAServiceDown";
    public static final String HIGH_LATENCY = "TTAHighLatency";
    public static final String LOW_CACHE_HIT_RATE = "TTALowCacheHitRate";
    public static final String MODERATE_LOW_CACHE_HIT_RATE = "TTAModerateLowCacheHitRate";
    public static final String HIGH_REQUEST_RATE = "TTAHighRequestRate";
    public static final String HIGH_MEMORY_USAGE = "TTAHighMemoryUsage";
    public static final String METRICS_MISSING = "TTAMetricsMissing";
    public static final String HIGH_GROWTH_RATE = "TTAHighGrowthRate";
    public static final String NEGATIVE_GROWTH_RATE = "TTANegativeGrowthRate";
    public static final String PROMETHEUS_DOWN = "PrometheusDown";
    public static final String ALERTMANAGER_DOWN = "AlertmanagerDown";
    public static final String GRAFANA_DOWN = "GrafanaDown";
    public static final String JAEGER_DOWN = "JaegerDown";
    public static final String OTEL_COLLECTOR_DOWN = "OtelCollectorDown";

    /** Resident memory above which a TTA.dev process is considered too big: 1 GiB. */
    static final String MEMORY_LIMIT_BYTES = "1073741824";
    /** Executions per second below which a traffic spike is not worth a page. */
    static final String SPIKE_MINIMUM_RATE = "1";

    private static final String RUNBOOKS = "https://runbooks.tta.dev/alerts/";

    private Alerts() {
    }

    static String runbook(String alert) {
        return RUNBOOKS + alert;
    }

    public static void declare(Monitoring m, Catalog c, RecordingRules r) {
        critical(m.alerts("tta_critical", "30s"), c, r);
        warning(m.alerts("tta_warning", "1m"), c, r);
        info(m.alerts("tta_info", "5m"), r);
        stack(m.alerts("tta_observability_stack", "30s"), c);
    }

    private static void critical(AlertGroupBuilder g, Catalog c, RecordingRules r) {
        g.alert(HIGH_ERROR_RATE)
                .expr(r.errorRatio.all().gt("0.05"))
                .pendingFor("2m")
                .severity(CRITICAL).owner(Teams.PLATFORM, Teams.SERVICE_PRIMITIVES)
                .summary("High error rate in {{ $labels.job }}")
                .description("{{ $value | humanizePercentage }} of primitive executions in job {{ $labels.job }}"
                        + " failed over the last 5 minutes (threshold 5%). Users see failed workflows.")
                .runbook(runbook(HIGH_ERROR_RATE))
                .dashboard(PlatformHealthDashboard.ERROR_RATIO);

        g.alert(SERVICE_DOWN)
                .expr(c.up.where(JOB.matches(Jobs.TTA_APPLICATIONS)).eq("0"))
                .pendingFor("1m")
                .severity(CRITICAL).owner(Teams.PLATFORM, Teams.SERVICE_PRIMITIVES)
                .summary("TTA.dev service {{ $labels.job }} is down")
                .description("Prometheus has failed to scrape {{ $labels.instance }} of job {{ $labels.job }}"
                        + " for more than 1 minute: the process is down or unreachable.")
                .runbook(runbook(SERVICE_DOWN))
                .dashboard(PlatformHealthDashboard.SERVICE_STATUS);

        g.alert(HIGH_LATENCY)
                .expr(r.latencyP95.all().gt("1"))
                .pendingFor("5m")
                .severity(CRITICAL).owner(Teams.PLATFORM, Teams.SERVICE_PRIMITIVES)
                .summary("High P95 latency of {{ $labels.primitive_type }} primitives in {{ $labels.job }}")
                .description("95% of {{ $labels.primitive_type }} executions in job {{ $labels.job }} take up to"
                        + " {{ $value | humanizeDuration }} (threshold 1s) over the last 5 minutes.")
                .runbook(runbook(HIGH_LATENCY))
                .dashboard(PlatformHealthDashboard.LATENCY);

        cacheHitRate(g.alert(LOW_CACHE_HIT_RATE), LOW_CACHE_HIT_RATE, r, CRITICAL, "0.6", "60%", "5m",
                "LLM calls and their cost rise sharply");
    }

    private static void warning(AlertGroupBuilder g, Catalog c, RecordingRules r) {
        cacheHitRate(g.alert(MODERATE_LOW_CACHE_HIT_RATE), MODERATE_LOW_CACHE_HIT_RATE, r, WARNING, "0.8", "80%", "10m",
                "more requests reach the LLM providers than usual");

        // A spike: five-minute traffic at least three times the same hour yesterday, and enough
        // traffic to matter.
        g.alert(HIGH_REQUEST_RATE)
                .expr(r.executionRate.all()
                        .gt(sum(rateOffset(c.primitiveExecutions.all().over("1h"), "1d")).by(JOB).times("3"))
                        .and(r.executionRate.all().gt(SPIKE_MINIMUM_RATE), on(JOB)))
                .pendingFor("5m")
                .severity(WARNING).owner(Teams.SRE, Teams.SERVICE_PRIMITIVES)
                .summary("Unusual traffic spike in {{ $labels.job }}")
                .description("Job {{ $labels.job }} runs {{ $value | humanize }} primitive executions per second,"
                        + " more than three times its rate at the same time yesterday. Check for a retry storm,"
                        + " a misbehaving client or a launch nobody announced.")
                .runbook(runbook(HIGH_REQUEST_RATE))
                .dashboard(PlatformHealthDashboard.THROUGHPUT);

        g.alert(HIGH_MEMORY_USAGE)
                .expr(c.processResidentMemory.where(JOB.matches(Jobs.TTA_APPLICATIONS)).gt(MEMORY_LIMIT_BYTES))
                .pendingFor("15m")
                .severity(WARNING).owner(Teams.SRE, Teams.SERVICE_PRIMITIVES)
                .summary("High memory usage of {{ $labels.instance }} ({{ $labels.job }})")
                .description("{{ $labels.instance }} of job {{ $labels.job }} has used {{ $value | humanize1024 }}B"
                        + " of resident memory for 15 minutes (threshold 1 GiB). Look for a cache without a size"
                        + " limit or a leak before the process is killed.")
                .runbook(runbook(HIGH_MEMORY_USAGE))
                .dashboard(PlatformHealthDashboard.MEMORY);

        // The target is up but exports no primitive metrics: instrumentation is off or broken.
        g.alert(METRICS_MISSING)
                .expr(absent(c.primitiveExecutions.where(JOB.eq(Jobs.TTA_PRIMITIVES)))
                        .and(c.up.where(JOB.eq(Jobs.TTA_PRIMITIVES)).eq("1"), on(JOB)))
                .pendingFor("15m")
                .severity(WARNING).owner(Teams.PLATFORM, Teams.SERVICE_PRIMITIVES)
                .summary("{{ $labels.job }} exports no primitive metrics")
                .description("Job {{ $labels.job }} is up but has exported no tta_primitive_executions_total for"
                        + " 15 minutes: observability is not initialised, the exporter is broken, or nothing ran."
                        + " Dashboards and alerts for it are blind.")
                .runbook(runbook(METRICS_MISSING))
                .dashboard(PlatformHealthDashboard.THROUGHPUT);
    }

    private static void info(AlertGroupBuilder g, RecordingRules r) {
        g.alert(HIGH_GROWTH_RATE)
                .expr(r.executionGrowth.all().gt("1.5"))
                .pendingFor("1h")
                .severity(INFO).owner(Teams.PRODUCT, Teams.SERVICE_PRIMITIVES)
                .summary("Traffic of {{ $labels.job }} grew more than 50% in 24h")
                .description("Job {{ $labels.job }} served {{ $value | humanizePercentage }} of the executions it"
                        + " served in the same hour yesterday. Check capacity and cost projections.")
                .runbook(runbook(HIGH_GROWTH_RATE))
                .dashboard(ExecutiveDashboard.TRAFFIC_GROWTH);

        g.alert(NEGATIVE_GROWTH_RATE)
                .expr(r.executionGrowth.all().lt("0.8"))
                .pendingFor("1h")
                .severity(INFO).owner(Teams.PRODUCT, Teams.SERVICE_PRIMITIVES)
                .summary("Traffic of {{ $labels.job }} declined more than 20% in 24h")
                .description("Job {{ $labels.job }} served only {{ $value | humanizePercentage }} of the executions"
                        + " it served in the same hour yesterday. Check for lost users or a broken client.")
                .runbook(runbook(NEGATIVE_GROWTH_RATE))
                .dashboard(ExecutiveDashboard.TRAFFIC_GROWTH);
    }

    private static void stack(AlertGroupBuilder g, Catalog c) {
        componentDown(g.alert(PROMETHEUS_DOWN), PROMETHEUS_DOWN, c, Jobs.PROMETHEUS, "Prometheus", CRITICAL,
                "rules are not evaluated and no alert can fire");
        componentDown(g.alert(ALERTMANAGER_DOWN), ALERTMANAGER_DOWN, c, Jobs.ALERTMANAGER, "Alertmanager",
                CRITICAL, "alerts fire but nobody is notified");
        componentDown(g.alert(GRAFANA_DOWN), GRAFANA_DOWN, c, Jobs.GRAFANA, "Grafana", WARNING,
                "dashboards are unavailable");
        componentDown(g.alert(JAEGER_DOWN), JAEGER_DOWN, c, Jobs.JAEGER, "Jaeger", WARNING,
                "traces are neither stored nor searchable");
        componentDown(g.alert(OTEL_COLLECTOR_DOWN), OTEL_COLLECTOR_DOWN, c, Jobs.OTEL_COLLECTOR,
                "The OpenTelemetry Collector", WARNING, "traces and OTLP metrics from TTA.dev are dropped");
    }

    private static void cacheHitRate(AlertBuilder alert, String name, RecordingRules r, Severity severity,
                                     String limit, String percent, String pending, String impact) {
        alert.expr(r.cacheHitRatio.all().lt(limit))
                .pendingFor(pending)
                .severity(severity).owner(Teams.PLATFORM, Teams.SERVICE_PRIMITIVES)
                .summary("Cache hit rate of {{ $labels.job }} below " + percent)
                .description("Only {{ $value | humanizePercentage }} of cache lookups in job {{ $labels.job }} hit"
                        + " over the last 5 minutes (threshold " + percent + "): " + impact
                        + ". Check cache size limits and TTLs.")
                .runbook(runbook(name))
                .dashboard(PlatformHealthDashboard.CACHE_HIT_RATIO);
    }

    private static void componentDown(AlertBuilder alert, String name, Catalog c, String job, String component,
                                      Severity severity, String impact) {
        alert.expr(c.up.where(JOB.eq(job)).eq("0"))
                .pendingFor("2m")
                .severity(severity).owner(Teams.SRE, job)
                .summary(component + " is down")
                .description("Prometheus has failed to scrape {{ $labels.instance }} of job {{ $labels.job }} for"
                        + " 2 minutes: " + impact + ".")
                .runbook(runbook(name))
                .dashboard(PlatformHealthDashboard.SERVICE_STATUS);
    }
}
