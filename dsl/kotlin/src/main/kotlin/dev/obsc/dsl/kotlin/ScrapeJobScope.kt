package dev.obsc.dsl.kotlin

import dev.obsc.dsl.ScrapeJobBuilder
import kotlin.time.Duration

/** How one job is scraped: path, interval, timeout, honor_labels and relabelling. */
@ObscDsl
class ScrapeJobScope(val builder: ScrapeJobBuilder) {
    fun path(path: String) {
        builder.path(path)
    }

    /** This job's own scrape interval, in every environment. */
    fun interval(interval: Duration) {
        builder.interval(interval.toPrometheus())
    }

    fun timeout(timeout: Duration) {
        builder.timeout(timeout.toPrometheus())
    }

    /** Keep the labels the target exposes over Prometheus' own (the Pushgateway's job and instance). */
    fun honorLabels() {
        builder.honorLabels()
    }

    fun copyLabel(sourceLabel: String, targetLabel: String) {
        builder.copyLabel(sourceLabel, targetLabel)
    }

    fun setLabel(targetLabel: String, value: String) {
        builder.setLabel(targetLabel, value)
    }

    fun dropWhere(sourceLabel: String, regex: String) {
        builder.dropWhere(sourceLabel, regex)
    }
}
