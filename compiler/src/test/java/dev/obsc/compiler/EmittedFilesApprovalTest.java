package dev.obsc.compiler;

import dev.obsc.compiler.emit.OutputFile;
import dev.obsc.compiler.fixtures.AlertmanagerFixture;
import dev.obsc.compiler.fixtures.AlertsFixture;
import dev.obsc.compiler.fixtures.DashboardFixture;
import dev.obsc.compiler.fixtures.RecordingRulesFixture;
import dev.obsc.compiler.fixtures.SloFixture;
import dev.obsc.compiler.fixtures.StackFixture;
import dev.obsc.dsl.Definitions;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The emitted files of one small fixture per DSL feature, approved by a reviewer. */
class EmittedFilesApprovalTest {

    @Test
    void recordingRules() {
        Approvals.verify(compile(new RecordingRulesFixture()));
    }

    @Test
    void alerts() {
        Approvals.verify(compile(new AlertsFixture()));
    }

    @Test
    void alertmanager() {
        Approvals.verify(compile(new AlertmanagerFixture()));
    }

    @Test
    void dashboards() {
        Approvals.verify(compile(new DashboardFixture()));
    }

    @Test
    void slos() {
        Approvals.verify(compile(new SloFixture()));
    }

    @Test
    void stackPerEnvironment() {
        Approvals.verify(compile(new StackFixture()));
    }

    @Test
    void outputIsIdenticalAcrossRuns() {
        assertEquals(compile(new SloFixture()), compile(new SloFixture()));
        assertEquals(compile(new StackFixture()), compile(new StackFixture()));
        assertEquals(compile(new DashboardFixture()), compile(new DashboardFixture()));
        assertEquals(compile(new AlertmanagerFixture()), compile(new AlertmanagerFixture()));
        assertEquals(compile(new AlertsFixture()), compile(new AlertsFixture()));
    }

    /** All files of a compilation, each under a header naming its path. */
    static String compile(Definitions definitions) {
        CompileResult result = Compiler.compile(definitions.define());
        assertFalse(result.hasErrors(), () -> result.diagnostics().toString());
        return result.files().stream().map(EmittedFilesApprovalTest::section).collect(Collectors.joining("\n"));
    }

    private static String section(OutputFile file) {
        return "=== " + file.path() + " ===\n" + file.content();
    }
}
