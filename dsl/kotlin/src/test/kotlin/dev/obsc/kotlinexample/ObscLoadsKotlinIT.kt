package dev.obsc.kotlinexample

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.io.File
import java.nio.file.Files
import java.nio.file.Path
import java.util.concurrent.TimeUnit

/** `obsc generate` run as a user runs it, on Kotlin definitions compiled to a class path. */
class ObscLoadsKotlinIT {
    @Test
    fun `generates the files of Kotlin definitions`(@TempDir out: Path) {
        val jar = System.getProperty("obsc.jar")
        val classPath = System.getProperty("java.class.path")
        val process = ProcessBuilder(
            File(System.getProperty("java.home"), "bin/java").path, "-jar", jar, "generate",
            "--definitions", classPath, "--class", KotlinShopDefinitions::class.java.name,
            "--out", out.toString(),
        ).redirectErrorStream(true).start()
        val output = process.inputStream.bufferedReader().readText()
        assertTrue(process.waitFor(60, TimeUnit.SECONDS))
        assertEquals(0, process.exitValue(), output)
        val alerting = Files.readString(out.resolve("prometheus/alerting_rules.yml"))
        assertTrue(alerting.contains("alert: ShopHighErrorRate"), alerting)
        assertTrue(Files.exists(out.resolve("prometheus/tests/shop_recorded.yml")))
    }
}
