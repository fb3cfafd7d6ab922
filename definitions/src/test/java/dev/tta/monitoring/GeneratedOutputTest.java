package dev.tta.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.obsc.compiler.CompileResult;
import dev.obsc.compiler.Compiler;
import dev.obsc.compiler.analysis.Analyzer;
import dev.obsc.compiler.analysis.routing.Certainty;
import dev.obsc.compiler.analysis.routing.RoutingTable;
import dev.obsc.compiler.diagnostics.Diagnostic;
import dev.obsc.compiler.diagnostics.Diagnostics;
import dev.obsc.compiler.slo.SloExpansion;
import dev.obsc.compiler.tools.ExternalTool;
import dev.obsc.compiler.tools.OutputChecks;
import dev.obsc.model.AlertExpectation;
import dev.obsc.model.AlertRule;
import dev.obsc.model.MonitoringModel;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * TTA.dev's committed output, checked by the real tools: promtool lints the rule files and checks
 * every environment's prometheus.yml, amtool checks every environment's Alertmanager config, and
 * for every alert amtool's routing agrees with the compiler's.
 * (That generated/ is what the definitions produce is the drift check of {@code make test}.)
 */
class GeneratedOutputTest {
    private static final Path GENERATED = Path.of("..", "generated");
    private static final MonitoringModel MODEL = new TtaMonitoring().define();
    /** With the rules, alerts and tests the SLOs expand into, as the compiler sees it. */
    private static final MonitoringModel EXPANDED = SloExpansion.expand(MODEL, new Diagnostics());
    /** Every environment's tree holds the same rule files and route tree; routing is checked on the first. */
    private static final Path FIRST_TREE = GENERATED.resolve(MODEL.stack().environments().get(0).name());

    @Test
    void definitionsCompileWithoutErrorsOrUnexplainedWarnings() {
        // Accepted warnings are listed with their reasons in reports/suppressions.md instead.
        CompileResult result = Compiler.compile(MODEL);
        assertEquals(List.of(), result.diagnostics().stream().map(Diagnostic::format).toList());
    }

    @Test
    void promtoolLintsTheRuleFilesClean() throws Exception {
        OutputChecks.assertRulesPass(FIRST_TREE.resolve("prometheus/recording_rules.yml"));
        OutputChecks.assertRulesPass(FIRST_TREE.resolve("prometheus/alerting_rules.yml"));
        OutputChecks.assertRulesPass(FIRST_TREE.resolve("prometheus/slo_windows.yml"));
        for (String service : MODEL.slos().stream().map(slo -> slo.service()).distinct().toList()) {
            OutputChecks.assertRulesPass(FIRST_TREE.resolve("prometheus/slos/" + service + ".yml"));
        }
        assertFalse(MODEL.slos().isEmpty());
    }

    @Test
    void everyEnvironmentHasItsOwnTree() {
        assertEquals(List.of("development", "testing", "staging", "production"),
                MODEL.stack().environments().stream().map(e -> e.name()).toList());
        for (var environment : MODEL.stack().environments()) {
            Path tree = GENERATED.resolve(environment.name());
            for (String file : List.of("prometheus/prometheus.yml", "prometheus/recording_rules.yml",
                    "prometheus/alerting_rules.yml", "alertmanager/alertmanager.yml",
                    "grafana/provisioning/datasources/datasources.yml")) {
                assertTrue(Files.isRegularFile(tree.resolve(file)), tree.resolve(file) + " is missing");
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> promtoolAcceptsEveryEnvironmentsPrometheusConfig() {
        return MODEL.stack().environments().stream().map(environment -> DynamicTest.dynamicTest(environment.name(),
                () -> OutputChecks.assertPrometheusConfigPasses(
                        GENERATED.resolve(environment.name()).resolve("prometheus/prometheus.yml"))));
    }

    @TestFactory
    Stream<DynamicTest> amtoolAcceptsEveryEnvironmentsAlertmanagerConfig() {
        return MODEL.stack().environments().stream().map(environment -> DynamicTest.dynamicTest(environment.name(),
                () -> OutputChecks.assertAlertmanagerConfigPasses(
                        GENERATED.resolve(environment.name()).resolve("alertmanager/alertmanager.yml"))));
    }

    @Test
    void everyAlertHasATestWhereItFiresAndOneWhereItStaysSilent() {
        assertFalse(EXPANDED.alerts().isEmpty());
        List<String> missing = new ArrayList<>();
        for (AlertRule alert : EXPANDED.alerts()) {
            // Per test, what it expects of this alert: a firing test expects it at least once, a
            // silent test only ever expects no alert (an expectSilent before a firing one does not count).
            // SLO alerts are tested by the rule tests the compiler generates for them.
            List<List<AlertExpectation>> tests = EXPANDED.allRuleTests().stream()
                    .map(test -> test.alerts().stream()
                            .filter(expectation -> expectation.alertName().equals(alert.name())).toList())
                    .filter(expectations -> !expectations.isEmpty())
                    .toList();
            if (tests.stream().noneMatch(t -> t.stream().anyMatch(e -> !e.expected().isEmpty()))) {
                missing.add(alert.name() + " has no test where it fires");
            }
            if (tests.stream().noneMatch(t -> t.stream().allMatch(e -> e.expected().isEmpty()))) {
                missing.add(alert.name() + " has no test where it stays silent");
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void promtoolPassesEveryRuleTest() throws Exception {
        OutputChecks.assertRuleTestsPass(GENERATED.resolve("prometheus/tests"));
    }

    @Test
    void everyNotificationTextRendersWithAmtool() throws Exception {
        OutputChecks.assertNotificationTextsRender(MODEL.alertmanager(), FIRST_TREE.resolve("alertmanager"));
    }

    @Test
    void theRoutingReportListsEveryAlert() throws Exception {
        String report = Files.readString(GENERATED.resolve("reports/routing.md"));
        for (AlertRule alert : EXPANDED.alerts()) {
            assertTrue(report.contains("| " + alert.name() + " |"), alert.name() + " is missing from routing.md");
        }
    }

    /** On Kubernetes, every secret file the receivers read lies in a directory the Alertmanager resource mounts. */
    @Test
    void kubernetesAlertmanagersMountTheirSecretFiles() throws Exception {
        YAMLMapper yaml = new YAMLMapper();
        int checked = 0;
        for (var environment : MODEL.stack().environments()) {
            Path tree = GENERATED.resolve(environment.name());
            Path manifests = tree.resolve("kubernetes/alertmanager.yml");
            if (!Files.exists(manifests)) {
                continue;
            }
            List<String> mounted = new ArrayList<>();
            yaml.readTree(manifests.toFile()).path("items").get(0).path("spec").path("volumeMounts")
                    .forEach(m -> mounted.add(m.path("mountPath").asText()));
            List<String> files = new ArrayList<>();
            collectFiles(yaml.readTree(tree.resolve("alertmanager/alertmanager.yml").toFile()), files);
            assertFalse(files.isEmpty(), environment.name());
            for (String file : files) {
                assertTrue(mounted.contains(Path.of(file).getParent().toString()),
                        environment.name() + ": " + file + " is not in a mounted directory " + mounted);
                checked++;
            }
        }
        assertTrue(checked > 0, "no Kubernetes environment with secret files");
    }

    private static void collectFiles(JsonNode node, List<String> into) {
        node.fields().forEachRemaining(field -> {
            if (field.getKey().endsWith("_file")) {
                into.add(field.getValue().asText());
            }
            collectFiles(field.getValue(), into);
        });
        if (node.isArray()) {
            node.forEach(element -> collectFiles(element, into));
        }
    }

    /** kubectl apply keeps each object, as JSON, in an annotation of at most 256 KiB. */
    @Test
    void everyKubernetesObjectFitsKubectlApply() throws Exception {
        ObjectMapper json = new ObjectMapper();
        YAMLMapper yaml = new YAMLMapper();
        List<String> tooBig = new ArrayList<>();
        int objects = 0;
        try (Stream<Path> files = Files.walk(GENERATED)) {
            for (Path file : files.filter(f -> f.getParent().getFileName().toString().equals("kubernetes")).sorted().toList()) {
                for (JsonNode item : yaml.readTree(file.toFile()).path("items")) {
                    objects++;
                    int size = json.writeValueAsBytes(item).length;
                    if (size > 256 * 1024) {
                        tooBig.add(GENERATED.relativize(file) + ": " + item.path("metadata").path("name").asText()
                                + " (" + size + " bytes)");
                    }
                }
            }
        }
        assertTrue(objects > 0, "no Kubernetes objects found; run 'make generate' first");
        assertEquals(List.of(), tooBig);
    }

    /** The Grafana sidecar files a dashboard under its grafana_folder annotation: the folder title Compose provisions too. */
    @Test
    void kubernetesDashboardsLandInTheFolderTheProvisioningNames() throws Exception {
        YAMLMapper yaml = new YAMLMapper();
        for (String environment : List.of("staging", "production")) {
            Path tree = GENERATED.resolve(environment);
            java.util.Set<String> titles = new java.util.TreeSet<>();
            yaml.readTree(tree.resolve("grafana/provisioning/dashboards/dashboards.yml").toFile()).path("providers")
                    .forEach(provider -> titles.add(provider.path("folder").asText()));
            java.util.Set<String> annotated = new java.util.TreeSet<>();
            yaml.readTree(tree.resolve("kubernetes/grafana.yml").toFile()).path("items").forEach(item -> {
                JsonNode folder = item.path("metadata").path("annotations").path("grafana_folder");
                if (!folder.isMissingNode()) {
                    annotated.add(folder.asText());
                }
            });
            assertTrue(annotated.contains("TTA.dev"), environment + ": " + annotated);
            assertEquals(titles, annotated, environment);
        }
    }

    @Test
    void noSecretValueAppearsAnywhereInGenerated() throws Exception {
        // A credential key with a value on its line (references end in _file or name a Secret),
        // a URL with a password, or a Secret resource.
        Pattern secret = Pattern.compile(
                "(?i)[\\w.-]*(password|passwd|token|api_?key|routing_key|client_secret)[\"']?[ \\t]*[:=][ \\t]*[^\\s{]"
                        + "|[a-z]+://[^/@\\s:]+:[^/@\\s]*@|kind: Secret\\b");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(GENERATED)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (secret.matcher(lines.get(i)).find()) {
                        found.add(GENERATED.relativize(file) + ":" + (i + 1));
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @TestFactory
    Stream<DynamicTest> amtoolRoutesEveryAlertWhereTheCompilerSaysInEveryEnvironment() {
        RoutingTable table = Analyzer.analyze(EXPANDED, new Diagnostics()).routing();
        assertEquals(EXPANDED.alerts().size(), table.alerts().size());
        // Receiver policies change integrations, never the route tree or receiver names: every
        // environment routes every alert to the same receivers.
        return MODEL.stack().environments().stream().flatMap(environment -> {
            Path config = GENERATED.resolve(environment.name()).resolve("alertmanager/alertmanager.yml");
            assertTrue(Files.isRegularFile(config), "run 'make generate' first");
            return table.alerts().stream().map(routing -> DynamicTest.dynamicTest(environment.name() + ": "
                    + routing.labels().alert().name() + " " + routing.labels().fixed(), () -> {
                        // TTA.dev routes on the alerts' own labels only, so every delivery is certain and
                        // amtool, given those labels, must agree exactly with the compiler's table.
                        assertTrue(routing.deliveries().stream().allMatch(d -> d.certainty() == Certainty.YES),
                                () -> "uncertain delivery: " + routing.deliveries());
                        List<String> expected = routing.receivers();
                        List<String> args = new ArrayList<>(List.of("config", "routes", "test",
                                "--config.file=" + config, "--verify.receivers=" + String.join(",", expected)));
                        routing.labels().fixed().forEach((k, v) -> args.add(k + "=" + v));
                        ExternalTool.Result result = ExternalTool.run("amtool", args.toArray(String[]::new));
                        assertEquals(0, result.exitCode(), () -> "compiler expects " + expected + ", amtool says:\n"
                                + result.output());
                    }));
        });
    }
}
