package dev.obsc.compiler.tools;

import dev.obsc.compiler.CompileResult;
import dev.obsc.compiler.Compiler;
import dev.obsc.compiler.fixtures.AlertsFixture;
import dev.obsc.compiler.fixtures.WrongExpectationFixture;
import dev.obsc.compiler.write.AtomicWriter;
import dev.obsc.dsl.Definitions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** Rule tests declared in the DSL run under promtool: they pass when right and fail when wrong. */
class RuleTestsToolsIT {
    @TempDir
    Path out;

    @Test
    void fixtureAlertTestsPass() throws Exception {
        compileInto(new AlertsFixture());
        OutputChecks.assertRuleTestsPass(out.resolve("prometheus/tests"));
    }

    @Test
    void aWrongExpectationFailsTheHarness() throws Exception {
        compileInto(new WrongExpectationFixture());
        Path file = out.resolve("prometheus/tests/shop_alerts.yml");
        ExternalTool.Result result = ExternalTool.run("promtool", "test", "rules", file.toString());
        assertFalse(result.ok(), "promtool must reject an alert expected to fire that stays silent:\n"
                + result.output());
    }

    private void compileInto(Definitions definitions) throws Exception {
        CompileResult result = Compiler.compile(definitions.define());
        assertFalse(result.hasErrors(), result.diagnostics().toString());
        AtomicWriter.write(out, result.files());
    }
}
