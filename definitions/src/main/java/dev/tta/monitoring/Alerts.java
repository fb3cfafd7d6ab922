package dev.tta.monitoring;

import dev.obsc.dsl.AlertBuilder;
import dev.obsc.dsl.AlertGroupBuilder;
import dev.obsc.dsl.DashboardLinkBuilder;
import dev.obsc.dsl.Monitoring;
import dev.obsc.dsl.RuleTestBuilder;
import dev.obsc.dsl.Selector;
import dev.obsc.model.Severity;

import java.util.ArrayList;
import java.util.List;

import static dev.obsc.dsl.PromQL.absent;
import static dev.obsc.dsl.PromQL.sum;
import static dev.obsc.dsl.VectorMatching.on;
import static dev.obsc.model.Severity.CRITICAL;
import static dev.obsc.model.Severity.INFO;
import static dev.obsc.model.Severity.WARNING;
import static dev.tta.monitoring.Catalog.CACHE_TYPE;
import static dev.tta.monitoring.Catalog.ERROR;
import static dev.tta.monitoring.Catalog.INSTANCE;
import static dev.tta.monitoring.Catalog.JOB;
import static dev.tta.monitoring.Catalog.LE;
import static dev.tta.monitoring.Catalog.PRIMITIVE_NAME;
import static dev.tta.monitoring.Catalog.PRIMITIVE_TYPE;
import static dev.tta.monitoring.Catalog.STATUS;
import static dev.tta.monitoring.Catalog.SUCCESS;
import static dev.tta.monitoring.Queries.rateOffset;

/**
 * TTA.dev's alerting rules. Every alert about TTA.dev keeps the {@code job} label (aggregations
 * are {@code by (job)} or finer) and is owned by service {@value Teams#SERVICE_PRIMITIVES}, so
 * the inhibitions in {@link Routing} can match on {@code service} and {@code job}.
 * SLO burn-rate alerts are not declared here: the compiler derives them from {@link Slos}. The
 * threshold alerts on latency and cache hit rate stay: they react within minutes to what the SLOs
 * weigh against a month's budget.
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

    /** In rule tests: the one tta-primitives process, scraped on the OpenTelemetry exporter's port. */
    private static final String TEST_INSTANCE = "tta-primitives:9464";

    private Alerts() {
    }

    static String runbook(String alert) {
        return RUNBOOKS + alert;
    }

    /**
     * A TTA.dev alert's dashboard link opens Platform Health on the job that fired (every TTA.dev
     * alert keeps {@code job}), over the last 6 hours.
     */
    static void onItsJob(DashboardLinkBuilder link) {
        link.variable("job", JOB).time("now-6h", "now");
    }

    public static void declare(Monitoring m, Catalog c, RecordingRules r) {
        critical(m.alerts("tta_critical", "30s"), c, r);
        warning(m.alerts("tta_warning", "1m"), c, r);
        info(m.alerts("tta_info", "5m"), c, r);
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
                .dashboard(PlatformHealthDashboard.ERROR_RATIO, Alerts::onItsJob)
                .test("10% failed executions fire after 2m", t -> t
                        .series(executions(c, SUCCESS), "0+90x15")
                        .series(executions(c, ERROR), "0+10x15")
                        .expectSilent("2m")
                        .expectFiring("10m", a -> a.label(JOB, Jobs.TTA_PRIMITIVES)
                                .annotation("summary", "High error rate in tta-primitives")
                                .annotation("description", "10% of primitive executions in job tta-primitives"
                                        + " failed over the last 5 minutes (threshold 5%). Users see failed workflows.")))
                .test("4% failed executions stay silent", t -> t
                        .series(executions(c, SUCCESS), "0+96x15")
                        .series(executions(c, ERROR), "0+4x15")
                        .expectSilent("10m"));

        g.alert(SERVICE_DOWN)
                .expr(c.up.where(JOB.matches(Jobs.TTA_APPLICATIONS)).eq("0"))
                .pendingFor("1m")
                .severity(CRITICAL).owner(Teams.PLATFORM, Teams.SERVICE_PRIMITIVES)
                .summary("TTA.dev service {{ $labels.job }} is down")
                .description("Prometheus has failed to scrape {{ $labels.instance }} of job {{ $labels.job }}"
                        + " for more than 1 minute: the process is down or unreachable.")
                .runbook(runbook(SERVICE_DOWN))
                .dashboard(PlatformHealthDashboard.SERVICE_STATUS, Alerts::onItsJob)
                .test("a target down for a minute fires", t -> t
                        .series(c.up.where(JOB.eq(Jobs.TTA_PRIMITIVES), INSTANCE.eq(TEST_INSTANCE)), "1 1 0x5")
                        .expectSilent("2m")
                        .expectFiring("5m", a -> a.label(JOB, Jobs.TTA_PRIMITIVES).label(INSTANCE, TEST_INSTANCE)
                                .annotation("summary", "TTA.dev service tta-primitives is down")
                                .annotation("description", "Prometheus has failed to scrape tta-primitives:9464 of"
                                        + " job tta-primitives for more than 1 minute: the process is down or"
                                        + " unreachable.")))
                .test("a single failed scrape stays silent", t -> t
                        .series(c.up.where(JOB.eq(Jobs.TTA_PRIMITIVES), INSTANCE.eq(TEST_INSTANCE)), "1 1 0 1x5")
                        .expectSilent("3m")
                        .expectSilent("5m"));

        g.alert(HIGH_LATENCY)
                .expr(r.latencyP95.all().gt("1"))
                .pendingFor("5m")
                .severity(CRITICAL).owner(Teams.PLATFORM, Teams.SERVICE_PRIMITIVES)
                .summary("High P95 latency of {{ $labels.primitive_type }} primitives in {{ $labels.job }}")
                .description("95% of {{ $labels.primitive_type }} executions in job {{ $labels.job }} take up to"
                        + " {{ $value | humanizeDuration }} (threshold 1s) over the last 5 minutes.")
                .runbook(runbook(HIGH_LATENCY))
                .dashboard(PlatformHealthDashboard.LATENCY, Alerts::onItsJob)
                // 100 router executions a minute; cumulative counts per bucket (0.01 ... 30, +Inf).
                // 90 take at most 1s, 10 up to 2.5s: the 95th percentile interpolates to 1.75s.
                .test("a slow tail of 10% fires after 5m", t -> latencyBuckets(t, c, 15,
                                0, 0, 10, 40, 70, 90, 100, 100, 100, 100, 100)
                        .expectSilent("5m")
                        .expectFiring("10m", a -> a.label(JOB, Jobs.TTA_PRIMITIVES).label(PRIMITIVE_TYPE, "router")
                                .annotation("summary", "High P95 latency of router primitives in tta-primitives")
                                .annotation("description", "95% of router executions in job tta-primitives take up"
                                        + " to 1.75s (threshold 1s) over the last 5 minutes.")))
                .test("96% within 1s stays silent", t -> latencyBuckets(t, c, 15,
                                0, 0, 10, 40, 70, 96, 100, 100, 100, 100, 100)
                        .expectSilent("10m"));

        cacheHitRate(g.alert(LOW_CACHE_HIT_RATE), LOW_CACHE_HIT_RATE, r, CRITICAL, "0.6", "60%", "5m",
                "LLM calls and their cost rise sharply")
                .test("50% hits fire after 5m", t -> cacheLookups(t, c, 50, 50)
                        .expectSilent("5m")
                        .expectFiring("10m", a -> a.label(JOB, Jobs.TTA_PRIMITIVES)
                                .annotation("summary", "Cache hit rate of tta-primitives below 60%")
                                .annotation("description", "Only 50% of cache lookups in job tta-primitives hit"
                                        + " over the last 5 minutes (threshold 60%): LLM calls and their cost rise"
                                        + " sharply. Check cache size limits and TTLs.")))
                .test("70% hits stay silent", t -> cacheLookups(t, c, 70, 30)
                        .expectSilent("10m"));
    }

    private static void warning(AlertGroupBuilder g, Catalog c, RecordingRules r) {
        cacheHitRate(g.alert(MODERATE_LOW_CACHE_HIT_RATE), MODERATE_LOW_CACHE_HIT_RATE, r, WARNING, "0.8", "80%", "10m",
                "more requests reach the LLM providers than usual")
                .test("75% hits fire after 10m", t -> cacheLookups(t, c, 75, 25)
                        .expectSilent("10m")
                        .expectFiring("15m", a -> a.label(JOB, Jobs.TTA_PRIMITIVES)
                                .annotation("summary", "Cache hit rate of tta-primitives below 80%")
                                .annotation("description", "Only 75% of cache lookups in job tta-primitives hit"
                                        + " over the last 5 minutes (threshold 80%): more requests reach the LLM"
                                        + " providers than usual. Check cache size limits and TTLs.")))
                .test("85% hits stay silent", t -> cacheLookups(t, c, 85, 15)
                        .expectSilent("15m"));

        // A spike: five-minute traffic at least three times the same hour yesterday, and enough
        // traffic to matter.
        g.alert(HIGH_REQUEST_RATE)
                .expr(r.executionRate.all()
                        .gt(sum(rateOffset(c.primitiveExecutions.all().over("1h"), "1d")).by(JOB).times("3"))
                        .and(r.executionRate.all().gt(SPIKE_MINIMUM_RATE), on(JOB)))
                .pendingFor("5m")
                .severity(WARNING).owner(Teams.SRE, Teams.SERVICE_PRIMITIVES)
                .label("category", Teams.CATEGORY_CAPACITY)
                .summary("Unusual traffic spike in {{ $labels.job }}")
                .description("Job {{ $labels.job }} runs {{ $value | humanize }} primitive executions per second,"
                        + " more than three times its rate at the same time yesterday. Check for a retry storm,"
                        + " a misbehaving client or a launch nobody announced.")
                .runbook(runbook(HIGH_REQUEST_RATE))
                .dashboard(PlatformHealthDashboard.THROUGHPUT, Alerts::onItsJob)
                // 26 hours at 1 execution/s (60 a minute), then 4/s: four times the same hour yesterday.
                .test("four times yesterday's traffic fires after 5m", t -> t
                        .series(executions(c, SUCCESS), "0+60x1560 93840+240x20")
                        .expectSilent("26h5m")
                        .expectFiring("26h15m", a -> a.label(JOB, Jobs.TTA_PRIMITIVES)
                                .annotation("summary", "Unusual traffic spike in tta-primitives")
                                .annotation("description", "Job tta-primitives runs 4 primitive executions per"
                                        + " second, more than three times its rate at the same time yesterday. Check"
                                        + " for a retry storm, a misbehaving client or a launch nobody announced.")))
                .test("two and a half times yesterday's traffic stays silent", t -> t
                        .series(executions(c, SUCCESS), "0+60x1560 93750+150x20")
                        .expectSilent("26h15m"))
                .test("five times a trickle below 1/s stays silent", t -> t
                        .series(executions(c, SUCCESS), "0+6x1560 9390+30x20")
                        .expectSilent("26h15m"));

        g.alert(HIGH_MEMORY_USAGE)
                .expr(c.processResidentMemory.where(JOB.matches(Jobs.TTA_APPLICATIONS)).gt(MEMORY_LIMIT_BYTES))
                .pendingFor("15m")
                .severity(WARNING).owner(Teams.SRE, Teams.SERVICE_PRIMITIVES)
                .label("category", Teams.CATEGORY_CAPACITY)
                .summary("High memory usage of {{ $labels.instance }} ({{ $labels.job }})")
                .description("{{ $labels.instance }} of job {{ $labels.job }} has used {{ $value | humanize1024 }}B"
                        + " of resident memory for 15 minutes (threshold 1 GiB). Look for a cache without a size"
                        + " limit or a leak before the process is killed.")
                .runbook(runbook(HIGH_MEMORY_USAGE))
                .dashboard(PlatformHealthDashboard.MEMORY, Alerts::onItsJob)
                // 800 MiB, then 1.5 GiB.
                .test("1.5 GiB for 15m fires", t -> t
                        .series(c.processResidentMemory.where(JOB.eq(Jobs.TTA_PRIMITIVES), INSTANCE.eq(TEST_INSTANCE)),
                                "838860800 1610612736x20")
                        .expectSilent("15m")
                        .expectFiring("20m", a -> a.label(JOB, Jobs.TTA_PRIMITIVES).label(INSTANCE, TEST_INSTANCE)
                                .annotation("summary", "High memory usage of tta-primitives:9464 (tta-primitives)")
                                .annotation("description", "tta-primitives:9464 of job tta-primitives has used 1.5GiB"
                                        + " of resident memory for 15 minutes (threshold 1 GiB). Look for a cache"
                                        + " without a size limit or a leak before the process is killed.")))
                // 1000 MiB: just below 1 GiB.
                .test("1000 MiB stays silent", t -> t
                        .series(c.processResidentMemory.where(JOB.eq(Jobs.TTA_PRIMITIVES), INSTANCE.eq(TEST_INSTANCE)),
                                "1048576000x30")
                        .expectSilent("30m"));

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
                .dashboard(PlatformHealthDashboard.THROUGHPUT, Alerts::onItsJob)
                .test("up without executions for 15m fires", t -> t
                        .series(c.up.where(JOB.eq(Jobs.TTA_PRIMITIVES), INSTANCE.eq(TEST_INSTANCE)), "1x25")
                        .expectSilent("10m")
                        .expectFiring("20m", a -> a.label(JOB, Jobs.TTA_PRIMITIVES)
                                .annotation("summary", "tta-primitives exports no primitive metrics")
                                .annotation("description", "Job tta-primitives is up but has exported no"
                                        + " tta_primitive_executions_total for 15 minutes: observability is not"
                                        + " initialised, the exporter is broken, or nothing ran. Dashboards and alerts"
                                        + " for it are blind.")))
                .test("up with executions stays silent", t -> t
                        .series(c.up.where(JOB.eq(Jobs.TTA_PRIMITIVES), INSTANCE.eq(TEST_INSTANCE)), "1x25")
                        .series(executions(c, SUCCESS), "0+60x25")
                        .expectSilent("20m"));
    }

    private static void info(AlertGroupBuilder g, Catalog c, RecordingRules r) {
        g.alert(HIGH_GROWTH_RATE)
                .expr(r.executionGrowth.all().gt("1.5"))
                .pendingFor("1h")
                .severity(INFO).owner(Teams.PRODUCT, Teams.SERVICE_PRIMITIVES)
                .label("category", Teams.CATEGORY_CAPACITY)
                .summary("Traffic of {{ $labels.job }} grew more than 50% in 24h")
                .description("Job {{ $labels.job }} served {{ $value | humanizePercentage }} of the executions it"
                        + " served in the same hour yesterday. Check capacity and cost projections.")
                .runbook(runbook(HIGH_GROWTH_RATE))
                .dashboard(ExecutiveDashboard.TRAFFIC_GROWTH)
                // Samples every 10m: 25 hours at 1 execution/s, then 2/s.
                .test("twice yesterday's traffic for an hour fires", t -> t.interval("10m")
                        .series(executions(c, SUCCESS), "0+600x150 91200+1200x20")
                        .expectSilent("26h")
                        .expectFiring("27h30m", a -> a.label(JOB, Jobs.TTA_PRIMITIVES)
                                .annotation("summary", "Traffic of tta-primitives grew more than 50% in 24h")
                                .annotation("description", "Job tta-primitives served 200% of the executions it"
                                        + " served in the same hour yesterday. Check capacity and cost projections.")))
                .test("40% more traffic stays silent", t -> t.interval("10m")
                        .series(executions(c, SUCCESS), "0+600x150 90840+840x20")
                        .expectSilent("27h30m"));

        g.alert(NEGATIVE_GROWTH_RATE)
                .expr(r.executionGrowth.all().lt("0.8"))
                .pendingFor("1h")
                .severity(INFO).owner(Teams.PRODUCT, Teams.SERVICE_PRIMITIVES)
                .label("category", Teams.CATEGORY_CAPACITY)
                .summary("Traffic of {{ $labels.job }} declined more than 20% in 24h")
                .description("Job {{ $labels.job }} served only {{ $value | humanizePercentage }} of the executions"
                        + " it served in the same hour yesterday. Check for lost users or a broken client.")
                .runbook(runbook(NEGATIVE_GROWTH_RATE))
                .dashboard(ExecutiveDashboard.TRAFFIC_GROWTH)
                // Samples every 10m: 25 hours at 1 execution/s, then 0.5/s.
                .test("half yesterday's traffic for an hour fires", t -> t.interval("10m")
                        .series(executions(c, SUCCESS), "0+600x150 90300+300x20")
                        .expectSilent("26h")
                        .expectFiring("27h30m", a -> a.label(JOB, Jobs.TTA_PRIMITIVES)
                                .annotation("summary", "Traffic of tta-primitives declined more than 20% in 24h")
                                .annotation("description", "Job tta-primitives served only 50% of the executions"
                                        + " it served in the same hour yesterday. Check for lost users or a broken"
                                        + " client.")))
                .test("10% less traffic stays silent", t -> t.interval("10m")
                        .series(executions(c, SUCCESS), "0+600x150 90540+540x20")
                        .expectSilent("27h30m"));
    }

    private static void stack(AlertGroupBuilder g, Catalog c) {
        componentDown(g.alert(PROMETHEUS_DOWN), PROMETHEUS_DOWN, c, Jobs.PROMETHEUS, "prometheus:9090",
                "Prometheus", CRITICAL, "rules are not evaluated and no alert can fire");
        componentDown(g.alert(ALERTMANAGER_DOWN), ALERTMANAGER_DOWN, c, Jobs.ALERTMANAGER, "alertmanager:9093",
                "Alertmanager", CRITICAL, "alerts fire but nobody is notified");
        componentDown(g.alert(GRAFANA_DOWN), GRAFANA_DOWN, c, Jobs.GRAFANA, "grafana:3000", "Grafana", WARNING,
                "dashboards are unavailable");
        componentDown(g.alert(JAEGER_DOWN), JAEGER_DOWN, c, Jobs.JAEGER, "jaeger:14269", "Jaeger", WARNING,
                "traces are neither stored nor searchable");
        componentDown(g.alert(OTEL_COLLECTOR_DOWN), OTEL_COLLECTOR_DOWN, c, Jobs.OTEL_COLLECTOR, "otel-collector:8888",
                "The OpenTelemetry Collector", WARNING, "traces and OTLP metrics from TTA.dev are dropped");
    }

    private static AlertBuilder cacheHitRate(AlertBuilder alert, String name, RecordingRules r, Severity severity,
                                             String limit, String percent, String pending, String impact) {
        return alert.expr(r.cacheHitRatio.all().lt(limit))
                .pendingFor(pending)
                .severity(severity).owner(Teams.PLATFORM, Teams.SERVICE_PRIMITIVES)
                .summary("Cache hit rate of {{ $labels.job }} below " + percent)
                .description("Only {{ $value | humanizePercentage }} of cache lookups in job {{ $labels.job }} hit"
                        + " over the last 5 minutes (threshold " + percent + "): " + impact
                        + ". Check cache size limits and TTLs.")
                .runbook(runbook(name))
                .dashboard(PlatformHealthDashboard.CACHE_HIT_RATIO, Alerts::onItsJob);
    }

    /** {@code job}'s target {@code instance} failing its scrapes for 2 minutes, with a test of both outcomes. */
    private static void componentDown(AlertBuilder alert, String name, Catalog c, String job, String instance,
                                      String component, Severity severity, String impact) {
        Selector up = c.up.where(JOB.eq(job), INSTANCE.eq(instance));
        alert.expr(c.up.where(JOB.eq(job)).eq("0"))
                .pendingFor("2m")
                .severity(severity).owner(Teams.SRE, job)
                .summary(component + " is down")
                .description("Prometheus has failed to scrape {{ $labels.instance }} of job {{ $labels.job }} for"
                        + " 2 minutes: " + impact + ".")
                .runbook(runbook(name))
                .dashboard(PlatformHealthDashboard.SERVICE_STATUS)
                .test("failed scrapes for 2m fire", t -> t
                        .series(up, "1 1 0x6")
                        .expectSilent("3m")
                        .expectFiring("6m", a -> a.label(JOB, job).label(INSTANCE, instance)
                                .annotation("description", "Prometheus has failed to scrape " + instance + " of job "
                                        + job + " for 2 minutes: " + impact + ".")))
                .test("failed scrapes for 1m stay silent", t -> t
                        .series(up, "1 1 0 0 1x4")
                        .expectSilent("3m")
                        .expectSilent("6m"));
    }

    // ---- inputs of the rule tests ----------------------------------------------------------------

    /** Executions of tta-primitives' LLM router with outcome {@code status}. */
    private static Selector executions(Catalog c, String status) {
        return c.primitiveExecutions.where(JOB.eq(Jobs.TTA_PRIMITIVES), INSTANCE.eq(TEST_INSTANCE),
                PRIMITIVE_TYPE.eq("router"), PRIMITIVE_NAME.eq("llm_router"), STATUS.eq(status));
    }

    /**
     * Latency of tta-primitives' router executions for {@code minutes} minutes: {@code cumulativePerMinute}
     * holds, per bucket of {@link Catalog#DURATION_BUCKETS} and then {@code +Inf}, how many executions a
     * minute take at most that long.
     */
    private static RuleTestBuilder latencyBuckets(RuleTestBuilder t, Catalog c, int minutes,
                                                  int... cumulativePerMinute) {
        List<String> bounds = new ArrayList<>(Catalog.DURATION_BUCKETS);
        bounds.add("+Inf");
        if (cumulativePerMinute.length != bounds.size()) {
            throw new IllegalArgumentException("one count per bucket: " + bounds);
        }
        for (int i = 0; i < bounds.size(); i++) {
            t.series(c.executionDuration.bucket(JOB.eq(Jobs.TTA_PRIMITIVES), INSTANCE.eq(TEST_INSTANCE),
                    PRIMITIVE_TYPE.eq("router"), LE.eq(bounds.get(i))), "0+" + cumulativePerMinute[i] + "x" + minutes);
        }
        return t;
    }

    /** Lookups of tta-primitives' LLM response cache for 20 minutes: {@code hits} and {@code misses} a minute. */
    private static RuleTestBuilder cacheLookups(RuleTestBuilder t, Catalog c, int hits, int misses) {
        return t.series(c.cacheHits.where(JOB.eq(Jobs.TTA_PRIMITIVES), INSTANCE.eq(TEST_INSTANCE),
                        PRIMITIVE_NAME.eq("llm_cache"), CACHE_TYPE.eq("memory")), "0+" + hits + "x20")
                .series(c.cacheMisses.where(JOB.eq(Jobs.TTA_PRIMITIVES), INSTANCE.eq(TEST_INSTANCE),
                        PRIMITIVE_NAME.eq("llm_cache"), CACHE_TYPE.eq("memory")), "0+" + misses + "x20");
    }
}
