package dev.obsc.dsl.kotlin

import dev.obsc.dsl.AlertmanagerBuilder
import dev.obsc.dsl.Label
import dev.obsc.dsl.ReceiverBuilder
import dev.obsc.dsl.ReceiverRef
import dev.obsc.dsl.TimeIntervalBuilder
import dev.obsc.dsl.TimeIntervalRef
import dev.obsc.model.Matcher
import dev.obsc.model.Secret
import java.util.function.Consumer
import kotlin.time.Duration

/** Alertmanager: global settings, receivers, the route tree, inhibitions, time intervals, templates. */
@ObscDsl
class AlertmanagerScope(val builder: AlertmanagerBuilder) {
    fun resolveTimeout(duration: Duration) {
        builder.resolveTimeout(duration.toPrometheus())
    }

    /** The SMTP relay every email receiver uses; the password only as a file reference. */
    fun smtp(smarthost: String, from: String, username: String, password: Secret, requireTls: Boolean = true) {
        builder.smtp(smarthost, from, username, password).smtpRequireTls(requireTls)
    }

    /** The default Slack incoming-webhook URL, read from a file at deploy time. */
    fun slackApiUrl(webhookUrl: Secret) {
        builder.slackApiUrl(webhookUrl)
    }

    /** A receiver and its integrations: `receiver("oncall") { pagerDuty(key); slack("#oncall") }`. */
    fun receiver(name: String, block: ReceiverBuilder.() -> Unit): ReceiverRef = builder.receiver(name) { it.block() }

    /** A receiver that notifies nobody, for alerts that are only shown on dashboards. */
    fun nullReceiver(name: String): ReceiverRef = builder.nullReceiver(name)

    /** The root route; its receiver takes what no child route matches. */
    fun route(block: RouteScope.() -> Unit) {
        builder.route { RouteScope(it).block() }
    }

    /** While an alert matching [source] fires, mute alerts matching [target] that share [equal]. */
    fun inhibit(source: List<Matcher>, target: List<Matcher>, vararg equal: Label) {
        builder.inhibit(source, target, *equal)
    }

    /** A named time interval, one block per range: `timeInterval("office") { weekdays("monday:friday") }`. */
    fun timeInterval(name: String, vararg ranges: TimeIntervalBuilder.() -> Unit): TimeIntervalRef =
        builder.timeInterval(name, *ranges.map { range -> Consumer<TimeIntervalBuilder> { it.range() } }
            .toTypedArray())

    /** A notification template file (`define` blocks), emitted as `templates/<name>.tmpl`. */
    fun template(name: String, body: String) {
        builder.template(name, body)
    }
}
