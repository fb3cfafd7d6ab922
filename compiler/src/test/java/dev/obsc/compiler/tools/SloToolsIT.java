package dev.obsc.compiler.tools;

import dev.obsc.compiler.CompileResult;
import dev.obsc.compiler.Compiler;
import dev.obsc.compiler.fixtures.SloFixture;
import dev.obsc.compiler.write.AtomicWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What SLOs expand into passes promtool's lint, and the generated burn-rate tests pass under promtool. */
class SloToolsIT {
    @TempDir
    Path out;

    @Test
    void sloRulesPassPromtoolAndTheirGeneratedTestsPass() throws Exception {
        CompileResult result = Compiler.compile(new SloFixture().define());
        assertFalse(result.hasErrors(), result.diagnostics().toString());
        assertTrue(result.diagnostics().isEmpty(), result.diagnostics().toString());
        AtomicWriter.write(out, result.files());
        OutputChecks.assertRulesPass(out.resolve("prometheus/recording_rules.yml"));
        OutputChecks.assertRulesPass(out.resolve("prometheus/alerting_rules.yml"));
        OutputChecks.assertRuleTestsPass(out.resolve("prometheus/tests"));
    }
}
