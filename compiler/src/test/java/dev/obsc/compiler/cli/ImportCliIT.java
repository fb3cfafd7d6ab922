package dev.obsc.compiler.cli;

import dev.obsc.compiler.CompileResult;
import dev.obsc.compiler.Compiler;
import dev.obsc.compiler.emit.OutputFile;
import dev.obsc.compiler.tools.OutputChecks;
import dev.obsc.dsl.Definitions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code obsc import} on the Sloth and OpenSLO example specs in test resources {@code import/}: they
 * compile into rules promtool accepts and generated tests promtool passes; what cannot be expressed
 * is reported at the spec's line; {@code --java} prints definitions that compile to the same output.
 */
class ImportCliIT {
    private static final List<String> SPECS = List.of("sloth-checkout.yml", "openslo-search.yml");

    @TempDir
    Path work;

    @BeforeEach
    void copySpecs() throws Exception {
        Path resources = Path.of(getClass().getResource("/import").toURI());
        try (Stream<Path> files = Files.walk(resources)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = work.resolve(resources.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    @Test
    void anOutputDirectoryHoldingWhatImportDidNotWriteIsRefusedAndKept() throws Exception {
        Path project = Files.createDirectories(work.resolve("generated/reports"));
        Files.writeString(project.resolve("routing.md"), "kept");
        ObscProcess.Result refused = ObscProcess.run(work, "import", SPECS.get(0), "--out", "generated");
        assertEquals(2, refused.exitCode(), refused.stderr());
        assertTrue(refused.stderr().contains("holds [reports/], which import did not write"), refused.stderr());
        assertEquals("kept", Files.readString(project.resolve("routing.md")));
        // An earlier import's directory is replaced: importing again is how a spec change lands.
        assertEquals(0, ObscProcess.run(work, "import", SPECS.get(0), "--out", "out").exitCode());
        ObscProcess.Result again = ObscProcess.run(work, "import", SPECS.get(1), "--out", "out");
        assertEquals(0, again.exitCode(), again.stderr());
        assertFalse(Files.exists(work.resolve("out/prometheus/slos/checkout.yml")), "the earlier import's SLOs are gone");
        assertTrue(Files.exists(work.resolve("out/prometheus/slos/search.yml")));
    }

    @Test
    void slothAndOpenSloSpecsCompileToRulesAndTestsThatPassPromtool() throws Exception {
        ObscProcess.Result result = ObscProcess.run(work, "import", SPECS.get(0), SPECS.get(1), "--out", "out");
        assertEquals(0, result.exitCode(), result.stderr());
        assertFalse(result.stderr().contains("error["), result.stderr());
        assertTrue(result.stdout().contains("imported 4 SLO(s) from 2 file(s)"), result.stdout());
        Path out = work.resolve("out");
        OutputChecks.assertRulesPass(out.resolve("prometheus/recording_rules.yml"));
        OutputChecks.assertRulesPass(out.resolve("prometheus/alerting_rules.yml"));
        OutputChecks.assertRulesPass(out.resolve("prometheus/slo_windows.yml"));
        StringBuilder alerts = new StringBuilder();
        for (String service : List.of("checkout", "search")) {
            Path rules = out.resolve("prometheus/slos/" + service + ".yml");
            OutputChecks.assertRulesPass(rules);
            alerts.append(Files.readString(rules));
        }
        OutputChecks.assertRuleTestsPass(out.resolve("prometheus/tests"));
        try (Stream<Path> tests = Files.list(out.resolve("prometheus/tests"))) {
            // 5 per SLO over counters with equality selectors (4 tiers, no data); the latency SLO's
            // error query is a difference, which gets rules but no synthetic tests.
            assertEquals(15, tests.count());
        }
        for (String dashboard : List.of("slo-overview", "slo-checkout", "slo-search")) {
            assertTrue(Files.isRegularFile(out.resolve("grafana/dashboards/slos/" + dashboard + ".json")), dashboard);
        }
        assertTrue(alerts.toString().contains("slo_alert: CheckoutHighErrorRate"), "Sloth's alert name is kept as a label");
        assertTrue(alerts.toString().contains("pager_team: shop-oncall"), "page labels reach the paging tiers");
        assertTrue(alerts.toString().contains("alert: RequestsAvailabilityBudgetBurn30dPage1h"), alerts.toString());
        assertFalse(alerts.toString().contains("RequestsLatencyBudgetBurn30dPage"), "page_alert.disable drops the paging tiers");
        assertTrue(alerts.toString().lines().noneMatch(line -> line.contains("burn_rate1h") && line.contains("requests-latency")),
                "no paging rule serves the latency SLO");
        assertTrue(alerts.toString().contains("slo:error_budget:burn_rate1h{slo=\"search-availability\"} > 13.44"),
                "OpenSLO's 28d window is the period the factors derive from");
    }

    @Test
    void whatCannotBeExpressedIsReportedAtItsLineAndNothingIsWritten() throws Exception {
        ObscProcess.Result result = ObscProcess.run(work, "import", "broken/sloth-unsupported.yml",
                "broken/openslo-unsupported.yml", "--out", "out");
        assertEquals(1, result.exitCode(), result.stderr());
        for (String expected : List.of(
                "broken/sloth-unsupported.yml:10: error[IMPORT005]: SLO raw-ratio has a raw error-ratio SLI",
                "broken/sloth-unsupported.yml:12: error[IMPORT004]: SLO too-good has objective '100.5'",
                "broken/sloth-unsupported.yml:21: error[IMPORT006]: SLO broken-query's error_query is not valid PromQL",
                "broken/sloth-unsupported.yml:33: error[IMPORT009]: the label 'routing_key' names a credential",
                "broken/openslo-unsupported.yml:9: error[IMPORT007]: SLO timeslices refers to SLI 'payments-success'",
                "broken/openslo-unsupported.yml:13: error[IMPORT005]: SLO timeslices budgets by Timeslices",
                "broken/openslo-unsupported.yml:33: error[IMPORT005]: SLO calendar's good events come from a Datadog source",
                "broken/openslo-unsupported.yml:42: error[IMPORT005]: SLO calendar has a calendar time window")) {
            assertTrue(result.stderr().contains(expected), () -> "missing '" + expected + "' in:\n" + result.stderr());
        }
        assertFalse(Files.exists(work.resolve("out")));
    }

    @Test
    void javaDefinitionsCompileToTheSameOutputAsTheImport() throws Exception {
        ObscProcess.Result imported = ObscProcess.run(work, "import", SPECS.get(0), SPECS.get(1), "--out", "out");
        assertEquals(0, imported.exitCode(), imported.stderr());
        ObscProcess.Result java = ObscProcess.run(work, "import", SPECS.get(0), SPECS.get(1), "--java");
        assertEquals(0, java.exitCode(), java.stderr());

        Path source = Files.writeString(work.resolve("ImportedSlos.java"), java.stdout());
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertEquals(0, javac.run(null, null, null, "-classpath", System.getProperty("java.class.path"),
                "-d", work.resolve("classes").toString(), source.toString()), java.stdout());
        Definitions definitions;
        try (URLClassLoader loader = new URLClassLoader(new URL[]{work.resolve("classes").toUri().toURL()},
                getClass().getClassLoader())) {
            definitions = (Definitions) loader.loadClass("ImportedSlos").getDeclaredConstructor().newInstance();
        }
        CompileResult compiled = Compiler.compile(definitions.define());
        assertFalse(compiled.hasErrors(), compiled.diagnostics().toString());
        Map<String, String> fromJava = new TreeMap<>(compiled.files().stream()
                .filter(f -> f.path().startsWith("prometheus/") || f.path().startsWith("grafana/"))
                .collect(Collectors.toMap(OutputFile::path, OutputFile::content)));
        Map<String, String> fromImport = new TreeMap<>();
        try (Stream<Path> files = Files.walk(work.resolve("out"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                fromImport.put(work.resolve("out").relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        assertEquals(fromImport.keySet(), fromJava.keySet());
        fromImport.forEach((path, content) -> assertEquals(content, fromJava.get(path), path));
    }
}
