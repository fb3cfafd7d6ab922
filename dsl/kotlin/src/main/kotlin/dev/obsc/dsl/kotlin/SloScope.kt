package dev.obsc.dsl.kotlin

import dev.obsc.dsl.DashboardLinkBuilder
import dev.obsc.dsl.DashboardRef
import dev.obsc.dsl.Events
import dev.obsc.dsl.Histogram
import dev.obsc.dsl.Label
import dev.obsc.dsl.PanelRef
import dev.obsc.dsl.Selector
import dev.obsc.dsl.SloBuilder
import dev.obsc.model.BurnTier
import dev.obsc.model.Matcher
import kotlin.time.Duration

/**
 * One SLO: owner, objective (an exact decimal), periods, its SLI, and how its burn-rate alerts are
 * tuned; the compiler expands it into recording rules, alerts, tests and dashboards.
 */
@ObscDsl
class SloScope(val builder: SloBuilder) {
    fun owner(team: String, service: String) {
        builder.owner(team, service)
    }

    fun description(text: String) {
        builder.description(text)
    }

    /** The share of good events, as an exact decimal: "0.999". */
    fun objective(exactDecimal: String) {
        builder.objective(exactDecimal)
    }

    private val periods = mutableListOf<String>()

    /** A period with its own error budget and alerts; call once per period: `period(30.days); period(7.days)`. */
    fun period(duration: Duration) {
        periods.add(duration.toPrometheus())
        builder.periods(*periods.toTypedArray())
    }

    fun goodOverTotal(good: Selector, total: Selector) {
        builder.goodOverTotal(good, total)
    }

    fun goodOverTotal(good: Events, total: Events) {
        builder.goodOverTotal(good, total)
    }

    fun badOverTotal(bad: Selector, total: Selector) {
        builder.badOverTotal(bad, total)
    }

    fun badOverTotal(bad: Events, total: Events) {
        builder.badOverTotal(bad, total)
    }

    fun goodAndBad(good: Selector, bad: Selector) {
        builder.goodAndBad(good, bad)
    }

    fun goodAndBad(good: Events, bad: Events) {
        builder.goodAndBad(good, bad)
    }

    /** Events of [histogram] at or under [threshold] seconds (one of its bucket boundaries) are good. */
    fun latency(histogram: Histogram, threshold: String, vararg matchers: Matcher) {
        builder.latency(histogram, threshold, *matchers)
    }

    fun by(vararg labels: Label) {
        builder.by(*labels)
    }

    fun withoutTier(tierName: String) {
        builder.withoutTier(tierName)
    }

    fun tierFactor(tierName: String, exactFactor: String) {
        builder.tierFactor(tierName, exactFactor)
    }

    fun tier(tier: BurnTier) {
        builder.tier(tier)
    }

    /** A pending period for every burn-rate alert of this SLO. */
    fun alertFor(duration: Duration) {
        builder.alertFor(duration.toPrometheus())
    }

    fun runbook(url: String) {
        builder.runbook(url)
    }

    fun dashboard(ref: DashboardRef) {
        builder.dashboard(ref)
    }

    fun dashboard(ref: PanelRef) {
        builder.dashboard(ref)
    }

    fun dashboard(ref: PanelRef, block: DashboardLinkBuilder.() -> Unit) {
        builder.dashboard(ref) { it.block() }
    }

    fun alertLabel(label: String, value: String) {
        builder.alertLabel(label, value)
    }

    fun alertAnnotation(annotation: String, value: String) {
        builder.alertAnnotation(annotation, value)
    }

    fun pageLabel(label: String, value: String) {
        builder.pageLabel(label, value)
    }

    fun pageAnnotation(annotation: String, value: String) {
        builder.pageAnnotation(annotation, value)
    }

    fun ticketLabel(label: String, value: String) {
        builder.ticketLabel(label, value)
    }

    fun ticketAnnotation(annotation: String, value: String) {
        builder.ticketAnnotation(annotation, value)
    }
}
