package dev.obsc.compiler.cli;

import dev.obsc.compiler.fixtures.AlertsFixture;
import dev.obsc.compiler.fixtures.BrokenDashboardDefinitions;
import dev.obsc.compiler.fixtures.BrokenDefinitions;
import dev.obsc.compiler.fixtures.BrokenRoutingDefinitions;
import dev.obsc.compiler.fixtures.BrokenSloDefinitions;
import dev.obsc.compiler.fixtures.BrokenStackDefinitions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The obsc command line, run from its packaged jar as a user runs it. */
class ObscCliIT {
    private static final Path SOURCES = Path.of("src/test/java").toAbsolutePath();

    @TempDir
    Path work;

    @Test
    void helpExplainsTheCommandsAndExitsZero() throws Exception {
        ObscProcess.Result result = ObscProcess.run(work, "--help");
        assertEquals(0, result.exitCode());
        assertTrue(result.stdout().contains("obsc generate"), result.stdout());
        assertTrue(result.stdout().contains("obsc check"), result.stdout());
    }

    @Test
    void unknownCommandIsAUsageError() throws Exception {
        ObscProcess.Result result = ObscProcess.run(work, "frobnicate");
        assertEquals(2, result.exitCode());
        assertTrue(result.stderr().contains("unknown command"), result.stderr());
    }

    @Test
    void missingDefinitionsIsAUsageError() throws Exception {
        ObscProcess.Result result = ObscProcess.run(work, "check", "--definitions", "no/such/dir");
        assertEquals(2, result.exitCode());
        assertTrue(result.stderr().contains("does not exist"), result.stderr());
    }

    @ParameterizedTest
    @ValueSource(classes = {BrokenDefinitions.class, BrokenRoutingDefinitions.class, BrokenDashboardDefinitions.class,
            BrokenSloDefinitions.class, BrokenStackDefinitions.class})
    void everyMistakeIsReportedAtItsLineInOneRunAndNothingIsWritten(Class<?> fixture) throws Exception {
        String source = fixture.getName().replace('.', '/') + ".java";
        Path out = work.resolve("generated");
        Files.createDirectories(out.resolve("prometheus"));
        Path previous = Files.writeString(out.resolve("prometheus/alerting_rules.yml"), "previous output\n");

        ObscProcess.Result result = ObscProcess.run(work, "generate",
                "--definitions", ObscProcess.testClasses().toString(),
                "--class", fixture.getName(),
                "--source-root", SOURCES.toString(),
                "--out", out.toString());

        assertEquals(1, result.exitCode(), result.stderr());
        List<Mistake> mistakes = markedMistakes(source);
        assertTrue(mistakes.size() >= 5, "the fixture marks its mistakes");
        for (Mistake mistake : mistakes) {
            String expected = SOURCES.resolve(source).toString().replace('\\', '/') + ":" + mistake.line()
                    + ": " + mistake.level() + "[" + mistake.code() + "]";
            assertTrue(result.stderr().contains(expected), "expected '" + expected + "' in:\n" + result.stderr());
        }
        assertTrue(result.stderr().contains("nothing was written"), result.stderr());
        assertEquals("previous output\n", Files.readString(previous));
        try (Stream<Path> files = Files.walk(out)) {
            assertEquals(3, files.count(), "generated/ keeps exactly its previous content");
        }
    }

    @Test
    void checkWritesNothing() throws Exception {
        ObscProcess.Result result = ObscProcess.run(work, "check",
                "--definitions", ObscProcess.testClasses().toString(), "--class", AlertsFixture.class.getName());
        assertEquals(0, result.exitCode(), result.stderr());
        try (Stream<Path> files = Files.list(work)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void generateWritesEveryFileAndRemovesStaleOnes() throws Exception {
        Path out = work.resolve("generated");
        Files.createDirectories(out);
        Files.writeString(out.resolve("stale.yml"), "left over from an earlier definition\n");

        ObscProcess.Result first = ObscProcess.run(work, "generate",
                "--definitions", ObscProcess.testClasses().toString(), "--class", AlertsFixture.class.getName(),
                "--out", out.toString());
        assertEquals(0, first.exitCode(), first.stderr());
        assertTrue(Files.isRegularFile(out.resolve("prometheus/alerting_rules.yml")));
        assertTrue(Files.isRegularFile(out.resolve("alertmanager/alertmanager.yml")));
        assertFalse(Files.exists(out.resolve("stale.yml")));
        String before = Files.readString(out.resolve("prometheus/alerting_rules.yml"));

        ObscProcess.Result second = ObscProcess.run(work, "generate",
                "--definitions", ObscProcess.testClasses().toString(), "--class", AlertsFixture.class.getName(),
                "--out", out.toString(), "--timings");
        assertEquals(0, second.exitCode(), second.stderr());
        assertFalse(first.stderr().contains("timings"), first.stderr());
        assertTrue(second.stderr().matches("(?s).*obsc: timings: define \\d+ ms, slo \\d+ ms, analysis \\d+ ms, lowering \\d+ ms,"
                + " emit \\d+ ms, verify \\d+ ms, write \\d+ ms\n.*"), second.stderr());
        assertEquals(before, Files.readString(out.resolve("prometheus/alerting_rules.yml")));
        try (Stream<Path> siblings = Files.list(work)) {
            assertEquals(List.of(out), siblings.toList(), "no staging directory is left behind");
        }
    }

    record Mistake(int line, String code) {
        /** Routing findings are warnings (they may be accepted with a reason); the rest are errors. */
        String level() {
            return code.startsWith("ROUTE") ? "warning" : "error";
        }
    }

    /** The lines of a broken fixture marked "MISTAKE: <code>". */
    private static List<Mistake> markedMistakes(String source) throws IOException {
        List<String> lines = Files.readAllLines(SOURCES.resolve(source));
        Pattern marker = Pattern.compile("// MISTAKE: (\\S+)");
        return IntStream.range(0, lines.size()).boxed().flatMap(i -> {
            Matcher m = marker.matcher(lines.get(i));
            return m.find() ? Stream.of(new Mistake(i + 1, m.group(1))) : Stream.empty();
        }).toList();
    }
}
