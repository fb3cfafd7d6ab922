package dev.obsc.dsl.kotlin

import kotlin.time.Duration

/**
 * A Kotlin [Duration] in Prometheus' notation, largest units first (`90.minutes` is `1h30m`,
 * `30.days` is `30d`). Prometheus durations have millisecond resolution and no sign, so finer
 * or negative durations are rejected where they are written.
 */
fun Duration.toPrometheus(): String {
    require(!isNegative()) { "a Prometheus duration cannot be negative: $this" }
    require(this == Duration.ZERO || inWholeNanoseconds % 1_000_000 == 0L) {
        "a Prometheus duration has millisecond resolution: $this"
    }
    if (this == Duration.ZERO) return "0s"
    var rest = inWholeMilliseconds
    val text = StringBuilder()
    for ((unit, millis) in UNITS) {
        val count = rest / millis
        if (count > 0) {
            text.append(count).append(unit)
            rest -= count * millis
        }
    }
    return text.toString()
}

/** Prometheus' units from days down; weeks and years are left out so `14d` stays readable. */
private val UNITS = listOf(
    "d" to 86_400_000L,
    "h" to 3_600_000L,
    "m" to 60_000L,
    "s" to 1_000L,
    "ms" to 1L,
)
