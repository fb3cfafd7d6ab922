package dev.obsc.compiler.cli;

import dev.obsc.compiler.fixtures.RecordingRulesFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code obsc promql}, run from the packaged jar. */
class PromQLCommandIT {
    @TempDir
    Path work;

    @Test
    void printsCanonicalFormsOfArguments() throws Exception {
        ObscProcess.Result result = ObscProcess.run(work, "promql", "sum by(job)(rate(x[90m]))", "a+b*c");
        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals("sum by (job) (rate(x[1h30m]))\na + b * c\n", result.stdout());
    }

    @Test
    void readsStandardInputAndFailsOnASyntaxErrorWithACaret() throws Exception {
        ObscProcess.Result result = ObscProcess.runWithInput(work, "up == 1\nrate(x[5m]\n", "promql");
        assertEquals(1, result.exitCode());
        assertEquals("up == 1\n", result.stdout());
        assertTrue(result.stderr().contains("PROMQL001"), result.stderr());
        assertTrue(result.stderr().contains("  rate(x[5m]\n            ^"), result.stderr());
    }

    @Test
    void checksAgainstTheDefinitionsCatalog() throws Exception {
        ObscProcess.Result result = ObscProcess.runWithInput(work,
                "job:shop_requests:rate5m > 1\nrate(shop_request_total[5m])\n", "promql", "--catalog",
                "--definitions", ObscProcess.testClasses().toString(), "--class", RecordingRulesFixture.class.getName());
        assertEquals(1, result.exitCode());
        assertEquals("job:shop_requests:rate5m > 1\n", result.stdout());
        assertTrue(result.stderr().contains("did you mean 'shop_requests_total'"), result.stderr());
    }
}
