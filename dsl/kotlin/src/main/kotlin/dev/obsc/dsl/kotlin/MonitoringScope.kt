package dev.obsc.dsl.kotlin

import dev.obsc.dsl.Counter
import dev.obsc.dsl.Gauge
import dev.obsc.dsl.Histogram
import dev.obsc.dsl.Label
import dev.obsc.dsl.Monitoring
import dev.obsc.dsl.SloRef
import dev.obsc.model.MonitoringModel
import kotlin.time.Duration

/**
 * Kotlin's way in: `monitoring("shop") { ... }` builds the same model as the Java DSL, so the
 * compiler, its checks and its output do not know which language a team wrote.
 */
fun monitoring(name: String, block: MonitoringScope.() -> Unit): MonitoringModel {
    val builder = Monitoring(name)
    MonitoringScope(builder).block()
    return builder.build()
}

/** The top of a definition: the metric catalog, rule groups, SLOs, Alertmanager, Grafana and the stack. */
@ObscDsl
class MonitoringScope(val builder: Monitoring) {
    /** How often Prometheus scrapes these metrics; ranges shorter than four scrapes are reported. */
    fun scrapeInterval(interval: Duration) {
        builder.scrapeInterval(interval.toPrometheus())
    }

    fun counter(name: String, help: String, vararg labels: Label): Counter = builder.counter(name, help, *labels)

    fun gauge(name: String, help: String, vararg labels: Label): Gauge = builder.gauge(name, help, *labels)

    /** A histogram; [buckets] are its upper bounds as exact decimals, e.g. "0.1". */
    fun histogram(name: String, help: String, buckets: List<String>, vararg labels: Label): Histogram =
        builder.histogram(name, help, buckets, *labels)

    /**
     * A group of recording rules; the block's value is returned, so the series it records can be
     * kept: `val ratio = recordingRules("shop", 1.minutes) { record("job:x:ratio5m", expr) }`.
     */
    fun <T> recordingRules(group: String, interval: Duration, block: RecordingScope.() -> T): T =
        RecordingScope(builder.recordingRules(group, interval.toPrometheus())).block()

    fun alerts(group: String, interval: Duration, block: AlertsScope.() -> Unit) {
        AlertsScope(builder.alerts(group, interval.toPrometheus())).block()
    }

    /** A rule unit test not tied to one alert, emitted to `tests/<file>.yml`. */
    fun ruleTest(file: String, name: String, block: RuleTestScope.() -> Unit) {
        builder.ruleTest(file, name) { RuleTestScope(it).block() }
    }

    /**
     * An SLO; the returned handle lets dashboards query what it records:
     * `val availability = slo("availability") { objective("0.99"); periods(30.days); ... }`.
     */
    fun slo(name: String, block: SloScope.() -> Unit): SloRef {
        val slo = builder.slo(name)
        SloScope(slo).block()
        return slo.ref()
    }

    fun alertmanager(block: AlertmanagerScope.() -> Unit) {
        AlertmanagerScope(builder.alertmanager()).block()
    }

    fun grafana(block: GrafanaScope.() -> Unit) {
        GrafanaScope(builder.grafana()).block()
    }

    /** The monitoring stack and its environments; the block's value is returned (e.g. service handles). */
    fun <T> stack(block: StackScope.() -> T): T = StackScope(builder.stack()).block()
}
