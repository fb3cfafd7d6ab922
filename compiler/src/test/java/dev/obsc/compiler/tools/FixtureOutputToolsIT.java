package dev.obsc.compiler.tools;

import dev.obsc.compiler.CompileResult;
import dev.obsc.compiler.Compiler;
import dev.obsc.compiler.fixtures.AlertmanagerFixture;
import dev.obsc.compiler.fixtures.AlertsFixture;
import dev.obsc.compiler.fixtures.RecordingRulesFixture;
import dev.obsc.compiler.fixtures.StackFixture;
import dev.obsc.compiler.write.AtomicWriter;
import dev.obsc.dsl.Definitions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** promtool and amtool accept what every fixture compiles to. */
class FixtureOutputToolsIT {
    @TempDir
    Path out;

    static Stream<Definitions> fixtures() {
        return Stream.of(new RecordingRulesFixture(), new AlertsFixture(), new AlertmanagerFixture());
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void promtoolAndAmtoolAcceptTheOutput(Definitions fixture) throws Exception {
        CompileResult result = Compiler.compile(fixture.define());
        assertFalse(result.hasErrors(), result.diagnostics().toString());
        AtomicWriter.write(out, result.files());
        OutputChecks.assertRulesPass(out.resolve("prometheus/recording_rules.yml"));
        OutputChecks.assertRulesPass(out.resolve("prometheus/alerting_rules.yml"));
        OutputChecks.assertAlertmanagerConfigPasses(out.resolve("alertmanager/alertmanager.yml"));
    }

    /** Each environment's prometheus.yml and alertmanager.yml pass promtool and amtool; so do the shared rule tests. */
    @Test
    void promtoolAndAmtoolAcceptEveryEnvironment() throws Exception {
        var model = new StackFixture().define();
        CompileResult result = Compiler.compile(model);
        assertFalse(result.hasErrors(), result.diagnostics().toString());
        AtomicWriter.write(out, result.files());
        for (var environment : model.stack().environments()) {
            Path tree = out.resolve(environment.name());
            OutputChecks.assertPrometheusConfigPasses(tree.resolve("prometheus/prometheus.yml"));
            OutputChecks.assertAlertmanagerConfigPasses(tree.resolve("alertmanager/alertmanager.yml"));
        }
        OutputChecks.assertRuleTestsPass(out.resolve("prometheus/tests"));
    }

    @Test
    void notificationTemplatesRenderWithAmtool() throws Exception {
        var model = new AlertmanagerFixture().define();
        AtomicWriter.write(out, Compiler.compile(model).files());
        OutputChecks.assertNotificationTextsRender(model.alertmanager(), out.resolve("alertmanager"));
    }

    @Test
    void amtoolRejectsATemplateCallingAnUndefinedTemplate() throws Exception {
        // The render gate itself must be able to fail.
        ExternalTool.Result result = ExternalTool.run("amtool", "template", "render",
                "--template.text={{ template \"no.such.template\" . }}");
        assertFalse(result.ok(), result.output());
    }

    @Test
    void theLintGateCanFail() throws Exception {
        // The lint gate itself must be able to fail: a file with one rule twice is refused.
        Path file = out.resolve("duplicate.yml");
        java.nio.file.Files.writeString(file, """
                groups:
                  - name: g
                    rules:
                      - record: job:x:sum
                        expr: sum by (job) (up)
                      - record: job:x:sum
                        expr: sum by (job) (up)
                """);
        assertFalse(ExternalTool.run("promtool", "check", "rules", "--lint=all", "--lint-fatal", file.toString()).ok());
    }
}
