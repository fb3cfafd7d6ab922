package dev.obsc.dsl.kotlin

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.Test
import kotlin.time.Duration
import kotlin.time.Duration.Companion.days
import kotlin.time.Duration.Companion.hours
import kotlin.time.Duration.Companion.milliseconds
import kotlin.time.Duration.Companion.minutes
import kotlin.time.Duration.Companion.nanoseconds
import kotlin.time.Duration.Companion.seconds

class PrometheusDurationsTest {
    @Test
    fun `largest units first`() {
        assertEquals("30d", 30.days.toPrometheus())
        assertEquals("1h30m", 90.minutes.toPrometheus())
        assertEquals("1d2h", 26.hours.toPrometheus())
        assertEquals("30s", 30.seconds.toPrometheus())
        assertEquals("1m500ms", (60_500).milliseconds.toPrometheus())
        assertEquals("0s", Duration.ZERO.toPrometheus())
    }

    @Test
    fun `what Prometheus cannot say is refused`() {
        assertThrows<IllegalArgumentException> { (-5).minutes.toPrometheus() }
        assertThrows<IllegalArgumentException> { 1500.nanoseconds.toPrometheus() }
    }
}
