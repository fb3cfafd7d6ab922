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

    /**
     * Every promtool test file in {@code directory} passes. promtool only warns about a missing
     * rule file and exits 0, so any warning counts as a failure here.
     */
    public static void assertRuleTestsPass(Path directory) throws Exception {
        java.util.List<Path> files;
        try (java.util.stream.Stream<Path> list = java.nio.file.Files.list(directory)) {
            files = list.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
        }
        assertTrue(!files.isEmpty(), () -> "no rule test files in " + directory);
        for (Path file : files) {
            ExternalTool.Result result = ExternalTool.run("promtool", "test", "rules", file.toString());
            assertTrue(result.ok() && !result.output().contains("WARNING"),
                    () -> "promtool test rules fails on " + file + ":\n" + result.output());
        }
    }

    /**
     * Every template text of every receiver renders with {@code amtool template render} against
     * the emitted template files and amtool's sample alerts: amtool check-config does not look
     * at them.
     */
    public static void assertNotificationTextsRender(dev.obsc.model.AlertmanagerModel am, Path alertmanagerDir)
            throws Exception {
        String glob = alertmanagerDir.resolve("templates").resolve("*.tmpl").toString();
        for (dev.obsc.model.Receiver receiver : am.receivers()) {
            for (dev.obsc.model.Integration integration : receiver.integrations()) {
                for (var field : dev.obsc.compiler.analysis.NotificationTexts.of(integration).entrySet()) {
                    ExternalTool.Result result = ExternalTool.run("amtool", "template", "render",
                            "--template.glob=" + glob, "--template.text=" + field.getValue());
                    assertTrue(result.ok(), () -> "the " + field.getKey() + " of receiver '" + receiver.name()
                            + "' does not render:\n" + result.output());
                }
            }
        }
    }

    /** promtool checks the config and the rule files it names (a missing rule file fails it). */
    public static void assertPrometheusConfigPasses(Path config) throws Exception {
        ExternalTool.Result result = ExternalTool.run("promtool", "check", "config", config.toString());
        assertTrue(result.ok() && !result.output().contains("WARNING"),
                () -> "promtool rejects " + config + ":\n" + result.output());
    }

    public static void assertAlertmanagerConfigPasses(Path config) throws Exception {
        ExternalTool.Result result = ExternalTool.run("amtool", "check-config", config.toString());
        assertTrue(result.ok(), () -> "amtool rejects " + config + ":\n" + result.output());
    }
}
