package dev.obsc.compiler.tools;

import dev.obsc.compiler.CompileResult;
import dev.obsc.compiler.Compiler;
import dev.obsc.compiler.fixtures.SloFixture;
import dev.obsc.compiler.write.AtomicWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What SLOs expand into passes promtool's lint, the generated burn-rate tests pass under promtool,
 * and they fail when an alert's threshold is wrong.
 */
class SloToolsIT {
    private static final String PAGE_TESTS = "prometheus/tests/slo_availability_30d_page_1h.yml";

    @TempDir
    Path out;

    @Test
    void sloRulesPassPromtoolAndTheirGeneratedTestsPass() throws Exception {
        Path dir = compile(new SloFixture(), "right");
        OutputChecks.assertRulesPass(dir.resolve("prometheus/recording_rules.yml"));
        OutputChecks.assertRulesPass(dir.resolve("prometheus/alerting_rules.yml"));
        for (String slo : new String[] {"availability", "latency", "search-success"}) {
            OutputChecks.assertRulesPass(dir.resolve("prometheus/slos/" + slo + ".yml"));
        }
        OutputChecks.assertRuleTestsPass(dir.resolve("prometheus/tests"));
    }

    @Test
    void aPageThresholdTooHighFailsTheGeneratedFiringTest() throws Exception {
        // 20x instead of 14.4x: a burn of 15.84x no longer pages.
        String output = runRightTestsAgainst(SloFixture.withWrongPageFactor("20"));
        assertTrue(output.contains("burning 1.1x the threshold fires within a long window"), output);
    }

    @Test
    void aPageThresholdTooLowFailsTheGeneratedSilentTest() throws Exception {
        // 10x instead of 14.4x: a burn of 12.96x (0.9 of 14.4) pages, which it must not.
        String output = runRightTestsAgainst(SloFixture.withWrongPageFactor("10"));
        assertTrue(output.contains("burning 0.9x the threshold never fires"), output);
    }

    /** The tests generated for the right SLO, run against the rules of a wrong one: promtool must fail. */
    private String runRightTestsAgainst(SloFixture wrong) throws Exception {
        Path right = compile(new SloFixture(), "right");
        Path mistaken = compile(wrong, "wrong");
        String rules = "prometheus/slos/availability.yml";
        Files.copy(mistaken.resolve(rules), right.resolve(rules), StandardCopyOption.REPLACE_EXISTING);
        ExternalTool.Result result = ExternalTool.run("promtool", "test", "rules", right.resolve(PAGE_TESTS).toString());
        assertFalse(result.ok(), "promtool must reject a wrongly thresholded SLO alert:\n" + result.output());
        return result.output();
    }

    private Path compile(SloFixture fixture, String name) throws Exception {
        CompileResult result = Compiler.compile(fixture.define());
        assertEquals(java.util.List.of(), result.diagnostics());
        Path dir = out.resolve(name);
        AtomicWriter.write(dir, result.files());
        return dir;
    }
}
