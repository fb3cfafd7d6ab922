package dev.obsc.kotlinexample

import dev.obsc.compiler.Compiler
import dev.obsc.dsl.Expr
import dev.obsc.dsl.kotlin.monitoring
import dev.obsc.model.Severity
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test
import kotlin.time.Duration.Companion.days
import kotlin.time.Duration.Companion.minutes

/** Diagnostics on Kotlin definitions point at the Kotlin file and line, as for Java. */
class KotlinPositionsTest {
    @Test
    fun `a mistake is reported at its line in the kt file`() {
        val model = monitoring("broken") {
            ShopCatalog(this)
            alerts("shop_alerts", 1.minutes) {
                alert("ShopTypo") { // MISTAKE_LINE: the alert is where its diagnostics point
                    expr(Expr.raw("shop_request_total > 1"))
                    severity(Severity.WARNING)
                    owner("shop", "checkout")
                    summary("s")
                    description("d")
                    runbook("https://runbooks.shop.example/ShopTypo")
                }
            }
            minimalAlertmanager()
        }
        val errors = Compiler.compile(model).diagnostics().filter { it.isError() }
        val unknownMetric = errors.single { it.message().contains("shop_request_total") }
        assertEquals("dev/obsc/kotlinexample/KotlinPositionsTest.kt", unknownMetric.position().file())
        assertEquals(mistakeLine(), unknownMetric.position().line())
    }

    @Test
    fun `an SLO mistake is reported at the slo line in the kt file`() {
        val model = monitoring("broken") {
            val c = ShopCatalog(this)
            slo("availability") { // SLO_MISTAKE_LINE: the SLO is where its diagnostics point
                owner("shop", "checkout")
                objective("1.5")
                period(30.days)
                badOverTotal(c.requests.where(ShopCatalog.STATUS.eq("500")), c.requests.all())
                runbook("https://runbooks.shop.example/slo/availability")
            }
            minimalAlertmanager()
        }
        val objective = Compiler.compile(model).diagnostics().single { it.code() == "SLO001" }
        assertEquals("dev/obsc/kotlinexample/KotlinPositionsTest.kt", objective.position().file())
        assertEquals(mistakeLine("// SLO_MISTAKE_LINE"), objective.position().line())
    }

    private fun mistakeLine(marker: String = "// MISTAKE_LINE"): Int {
        val source = javaClass.getResource("KotlinPositionsTest.kt")?.readText()
            ?: java.io.File("src/test/kotlin/dev/obsc/kotlinexample/KotlinPositionsTest.kt").readText()
        return source.lines().indexOfFirst { it.contains(marker) } + 1
    }
}
