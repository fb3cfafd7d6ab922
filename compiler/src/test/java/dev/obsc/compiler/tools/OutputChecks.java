package dev.obsc.compiler.tools;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real tools' verdicts on emitted files, as assertions. */
public final class OutputChecks {
    private OutputChecks() {
    }

    public static void assertRulesPass(Path ruleFile) throws Exception {
        ExternalTool.Result result = ExternalTool.run("promtool", "check", "rules", "--lint=all", "--lint-fatal",
                ruleFile.toString());
        assertTrue(result.ok(), () -> "promtool rejects " + ruleFile + ":\n" + result.output());
    }

    public static void assertAlertmanagerConfigPasses(Path config) throws Exception {
        ExternalTool.Result result = ExternalTool.run("amtool", "check-config", config.toString());
        assertTrue(result.ok(), () -> "amtool rejects " + config + ":\n" + result.output());
    }
}
