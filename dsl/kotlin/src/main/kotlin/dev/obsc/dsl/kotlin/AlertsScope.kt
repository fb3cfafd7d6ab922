package dev.obsc.dsl.kotlin

import dev.obsc.dsl.AlertBuilder
import dev.obsc.dsl.AlertGroupBuilder
import dev.obsc.dsl.DashboardLinkBuilder
import dev.obsc.dsl.DashboardRef
import dev.obsc.dsl.Expr
import dev.obsc.dsl.PanelRef
import dev.obsc.model.Severity
import kotlin.time.Duration

/** An alert group. */
@ObscDsl
class AlertsScope(val builder: AlertGroupBuilder) {
    fun alert(name: String, block: AlertScope.() -> Unit) {
        AlertScope(builder.alert(name)).block()
    }
}

/** One alerting rule: its condition, labels, annotations and unit tests. */
@ObscDsl
class AlertScope(val builder: AlertBuilder) {
    fun expr(condition: Expr) {
        builder.expr(condition)
    }

    /** How long the condition must hold before the alert fires (`for`). */
    fun pendingFor(duration: Duration) {
        builder.pendingFor(duration.toPrometheus())
    }

    fun keepFiringFor(duration: Duration) {
        builder.keepFiringFor(duration.toPrometheus())
    }

    fun severity(severity: Severity) {
        builder.severity(severity)
    }

    fun owner(team: String, service: String) {
        builder.owner(team, service)
    }

    fun label(name: String, value: String) {
        builder.label(name, value)
    }

    fun summary(text: String) {
        builder.summary(text)
    }

    fun description(text: String) {
        builder.description(text)
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

    /** A link to a panel that also sets the dashboard's variables and time range. */
    fun dashboard(ref: PanelRef, block: DashboardLinkBuilder.() -> Unit) {
        builder.dashboard(ref) { it.block() }
    }

    fun annotation(name: String, value: String) {
        builder.annotation(name, value)
    }

    /** A promtool unit test of this alert: input series, then what fires or stays silent when. */
    fun test(name: String, block: RuleTestScope.() -> Unit) {
        builder.test(name) { RuleTestScope(it).block() }
    }

    /** Accepts the warning [code] on this alert, with the [reason] the suppressions report shows. */
    fun suppress(code: String, reason: String) {
        builder.suppress(code, reason)
    }
}
