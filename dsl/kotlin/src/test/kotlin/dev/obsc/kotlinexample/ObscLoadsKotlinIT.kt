package dev.obsc.kotlinexample

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.fail
import org.junit.jupiter.api.io.TempDir
import java.io.File
import java.nio.file.Files
import java.nio.file.Path
import java.util.concurrent.TimeUnit

/** `obsc generate` run as a user runs it, on Kotlin definitions compiled to a class path. */
class ObscLoadsKotlinIT {
    @Test
    fun `generates the files of Kotlin definitions`(@TempDir out: Path) {
        val jar = System.getProperty("obsc.jar") ?: fail("run by failsafe, which passes -Dobsc.jar")
        val classPath = System.getProperty("java.class.path")
        // Output goes to a file, so a hung obsc fails the wait instead of blocking a read.
        val log = Files.createTempFile("obsc-kotlin", ".log")
        val process = ProcessBuilder(
            File(System.getProperty("java.home"), "bin/java").path, "-jar", jar, "generate",
            "--definitions", classPath, "--class", KotlinShopDefinitions::class.java.name,
            "--out", out.toString(),
        ).redirectErrorStream(true).redirectOutput(log.toFile()).start()
        val finished = process.waitFor(60, TimeUnit.SECONDS)
        if (!finished) process.destroyForcibly()
        val output = Files.readString(log).also { Files.delete(log) }
        assertTrue(finished, "obsc did not finish within 60 s: $output")
        assertEquals(0, process.exitValue(), output)
        val alerting = Files.readString(out.resolve("prometheus/alerting_rules.yml"))
        assertTrue(alerting.contains("alert: ShopHighErrorRate"), alerting)
        assertTrue(Files.exists(out.resolve("prometheus/tests/shop_recorded.yml")))
    }
}
