package dev.obsc.compiler.lowering.grafana;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.obsc.compiler.CompileResult;
import dev.obsc.compiler.Compiler;
import dev.obsc.compiler.diagnostics.Diagnostic;
import dev.obsc.compiler.emit.OutputFile;
import dev.obsc.compiler.fixtures.DashboardFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The declared Grafana major version decides the schemaVersion dashboards are emitted with. */
class GrafanaVersionsTest {
    @ParameterizedTest
    @CsvSource({"9, 37", "10, 38", "11, 39"})
    void eachSupportedVersionGetsTheSchemaVersionItSaves(int major, int schemaVersion) throws IOException {
        CompileResult result = Compiler.compile(new DashboardFixture(major).define());
        assertFalse(result.hasErrors(), () -> result.diagnostics().toString());
        List<OutputFile> dashboards = result.files().stream().filter(f -> f.path().endsWith(".json")).toList();
        assertFalse(dashboards.isEmpty());
        for (OutputFile dashboard : dashboards) {
            assertEquals(schemaVersion, new ObjectMapper().readTree(dashboard.content()).path("schemaVersion").asInt(),
                    dashboard.path());
        }
    }

    /** The line of DashboardFixture that calls {@code version(...)}. */
    private static final int VERSION_LINE = 45;

    @ParameterizedTest
    @ValueSource(ints = {8, 12})
    void anUnsupportedVersionIsAnError(int major) {
        CompileResult result = Compiler.compile(new DashboardFixture(major).define());
        Diagnostic error = result.diagnostics().stream().filter(d -> d.code().equals("GRAF034")).findFirst()
                .orElseThrow(() -> new AssertionError(result.diagnostics().toString()));
        assertEquals("dev/obsc/compiler/fixtures/DashboardFixture.java", error.position().file());
        assertEquals(VERSION_LINE, error.position().line(), "reported where version(...) is called");
        assertEquals(List.of(), result.files());
    }
}
