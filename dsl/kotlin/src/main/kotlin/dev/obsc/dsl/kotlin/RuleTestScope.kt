package dev.obsc.dsl.kotlin

import dev.obsc.dsl.ExpectedAlertBuilder
import dev.obsc.dsl.Expr
import dev.obsc.dsl.RuleTestBuilder
import dev.obsc.dsl.Selector
import dev.obsc.model.ExpectedSample
import java.util.function.Consumer
import kotlin.time.Duration

/** A promtool rule test: input series in expanding notation and expectations at given times. */
@ObscDsl
class RuleTestScope(val builder: RuleTestBuilder) {
    /** The spacing of the input series' samples. */
    fun interval(interval: Duration) {
        builder.interval(interval.toPrometheus())
    }

    fun series(series: Selector, values: String) {
        builder.series(series, values)
    }

    fun series(series: String, values: String) {
        builder.series(series, values)
    }

    /** At [time], exactly the alert under test fires, once per block (each block one alert's labels and annotations). */
    fun expectFiring(time: Duration, vararg alerts: ExpectedAlertBuilder.() -> Unit) {
        builder.expectFiring(time.toPrometheus(), *alerts.map(::consumer).toTypedArray())
    }

    fun expectSilent(time: Duration) {
        builder.expectSilent(time.toPrometheus())
    }

    fun expectAlert(time: Duration, alertName: String, vararg alerts: ExpectedAlertBuilder.() -> Unit) {
        builder.expectAlert(time.toPrometheus(), alertName, *alerts.map(::consumer).toTypedArray())
    }

    fun expectNoAlert(time: Duration, alertName: String) {
        builder.expectNoAlert(time.toPrometheus(), alertName)
    }

    fun expectSamples(time: Duration, expr: Expr, vararg samples: ExpectedSample) {
        builder.expectSamples(time.toPrometheus(), expr, *samples)
    }

    fun sample(labels: String, value: String): ExpectedSample = RuleTestBuilder.sample(labels, value)

    private fun consumer(block: ExpectedAlertBuilder.() -> Unit) =
        Consumer<ExpectedAlertBuilder> { it.block() }
}
