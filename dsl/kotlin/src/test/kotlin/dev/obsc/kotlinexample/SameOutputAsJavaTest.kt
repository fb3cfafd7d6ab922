package dev.obsc.kotlinexample

import dev.obsc.compiler.Compiler
import dev.obsc.compiler.fixtures.AlertmanagerFixture
import dev.obsc.compiler.fixtures.AlertsFixture
import dev.obsc.compiler.fixtures.DashboardFixture
import dev.obsc.compiler.fixtures.SloDashboardFixture
import dev.obsc.compiler.fixtures.SloFixture
import dev.obsc.model.MonitoringModel
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/**
 * The Kotlin DSL is a second way to write the same model: the Kotlin versions of the compiler's
 * fixtures must compile, without diagnostics, to byte-identical files.
 */
class SameOutputAsJavaTest {
    @Test
    fun `alerts and their unit tests`() = assertSameOutput(AlertsFixture().define(), kotlinAlerts())

    @Test
    fun `alertmanager routing, receivers, inhibitions and time intervals`() =
        assertSameOutput(AlertmanagerFixture().define(), kotlinAlertmanager())

    @Test
    fun `dashboards with every panel type, variables, rows and typed links`() =
        assertSameOutput(DashboardFixture().define(), kotlinDashboards())

    @Test
    fun `SLOs with tuned tiers, their rules, alerts and generated tests`() =
        assertSameOutput(SloFixture().define(), kotlinSlos())

    @Test
    fun `SLO dashboards and SLO alerts linking into them`() =
        assertSameOutput(SloDashboardFixture().define(), kotlinSloDashboards())

    private fun assertSameOutput(java: MonitoringModel, kotlin: MonitoringModel) {
        val expected = Compiler.compile(java)
        val actual = Compiler.compile(kotlin)
        assertFalse(actual.hasErrors()) { actual.diagnostics().joinToString("\n") { it.format() } }
        assertTrue(expected.files().isNotEmpty())
        assertEquals(expected.files().map { it.path() }, actual.files().map { it.path() })
        expected.files().zip(actual.files()).forEach { (e, a) -> assertEquals(e.content(), a.content(), e.path()) }
        assertEquals(expected.diagnostics().map { it.code() }, actual.diagnostics().map { it.code() })
    }
}
