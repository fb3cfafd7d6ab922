package dev.obsc.dsl.kotlin

import dev.obsc.dsl.Label
import dev.obsc.dsl.ReceiverRef
import dev.obsc.dsl.RouteBuilder
import dev.obsc.dsl.TimeIntervalRef
import dev.obsc.model.Matcher
import kotlin.time.Duration

/** A route: what it matches, where it sends, how it groups, and its child routes. */
@ObscDsl
class RouteScope(val builder: RouteBuilder) {
    fun receiver(receiver: ReceiverRef) {
        builder.receiver(receiver)
    }

    fun matching(vararg matchers: Matcher) {
        builder.matching(*matchers)
    }

    fun groupBy(vararg labels: Label) {
        builder.groupBy(*labels)
    }

    fun groupBy(vararg labels: String) {
        builder.groupBy(*labels)
    }

    fun groupWait(duration: Duration) {
        builder.groupWait(duration.toPrometheus())
    }

    fun groupInterval(duration: Duration) {
        builder.groupInterval(duration.toPrometheus())
    }

    fun repeatInterval(duration: Duration) {
        builder.repeatInterval(duration.toPrometheus())
    }

    /** Keep matching the following siblings after this route matched. */
    fun continueMatching() {
        builder.continueMatching()
    }

    fun muteDuring(interval: TimeIntervalRef) {
        builder.muteDuring(interval)
    }

    fun activeDuring(interval: TimeIntervalRef) {
        builder.activeDuring(interval)
    }

    fun route(block: RouteScope.() -> Unit) {
        builder.route { RouteScope(it).block() }
    }
}
