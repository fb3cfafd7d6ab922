package dev.obsc.compiler.tools;

import dev.obsc.compiler.CompileResult;
import dev.obsc.compiler.Compiler;
import dev.obsc.compiler.analysis.routing.RouteMatching;
import dev.obsc.compiler.fixtures.AlertmanagerFixture;
import dev.obsc.compiler.write.AtomicWriter;
import dev.obsc.model.MonitoringModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The compiler's routing evaluation and amtool's agree, and amtool notices when they would not. */
class RoutingAgreesWithAmtoolIT {
    private static final MonitoringModel MODEL = new AlertmanagerFixture().define();
    private static final List<Map<String, String>> LABEL_SETS = List.of(
            Map.of("alertname", "Other"),
            Map.of("alertname", "X", "severity", "critical", "team", "shop"),
            Map.of("alertname", "AuditFailed", "team", "shop"),
            Map.of("alertname", "AuditFailed"),
            Map.of("alertname", "Y", "team", "shop", "severity", "info"));

    @TempDir
    static Path out;

    @BeforeAll
    static void writeConfig() throws Exception {
        CompileResult result = Compiler.compile(MODEL);
        AtomicWriter.write(out, result.files());
    }

    @Test
    void amtoolAgreesForEveryLabelSet() throws Exception {
        for (Map<String, String> labels : LABEL_SETS) {
            List<String> expected = RouteMatching.receivers(MODEL.alertmanager().root(), labels);
            ExternalTool.Result result = verify(labels, expected);
            assertEquals(0, result.exitCode(), () -> labels + " -> " + expected + ":\n" + result.output());
        }
    }

    @Test
    void amtoolRejectsAWrongExpectation() throws Exception {
        ExternalTool.Result result = verify(Map.of("alertname", "X", "severity", "critical", "team", "shop"),
                List.of("oncall"));
        assertNotEquals(0, result.exitCode(), result.output());
    }

    private static ExternalTool.Result verify(Map<String, String> labels, List<String> receivers) throws Exception {
        List<String> args = new ArrayList<>(List.of("config", "routes", "test",
                "--config.file=" + out.resolve("alertmanager/alertmanager.yml"),
                "--verify.receivers=" + String.join(",", receivers)));
        labels.forEach((k, v) -> args.add(k + "=" + v));
        return ExternalTool.run("amtool", args.toArray(String[]::new));
    }
}
