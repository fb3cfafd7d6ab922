package dev.tta.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.obsc.compiler.CompileResult;
import dev.obsc.compiler.Compiler;
import dev.obsc.compiler.emit.OutputFile;
import dev.obsc.compiler.lowering.grafana.GrafanaLowering;
import dev.obsc.compiler.verify.SchemaValidator;
import dev.obsc.dsl.DashboardRef;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * TTA.dev's dashboard suite as committed in generated/: one dashboard per audience, provisioned
 * into its folder in every environment with the datasources its panels query, valid against the
 * project's schema, and exactly what the
 * definitions produce, run after run.
 */
class DashboardSuiteTest {
    private static final Path GENERATED = Path.of("..", "generated");
    private static final List<String> ENVIRONMENTS = new TtaMonitoring().define().stack().environments().stream()
            .map(e -> e.name()).toList();

    /** The suite, by audience: executives, platform, developers, SRE, capacity, cost, on-call. */
    private static final List<DashboardRef> SUITE = List.of(ExecutiveDashboard.REF, PlatformHealthDashboard.REF,
            DeveloperDashboard.REF, SreDashboard.REF, CapacityPlanningDashboard.REF, CostOptimizationDashboard.REF,
            AlertsOverviewDashboard.REF);

    /** Generated from TTA.dev's SLOs: the overview, and one for the one service that owns SLOs. */
    private static final List<String> SLO_DASHBOARDS = List.of("slo-overview.json", "slo-tta-primitives.json");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();

    @Test
    void theSevenDashboardsAreGeneratedOnePerFileInTheirFolder() throws IOException {
        Set<String> expected = SUITE.stream().map(ref -> ref.uid() + ".json").collect(Collectors.toCollection(TreeSet::new));
        assertEquals(7, expected.size());
        // Beside them, in the same folder, the dashboards the compiler generates from the SLOs.
        expected.addAll(SLO_DASHBOARDS);
        assertEquals(4, ENVIRONMENTS.size());
        for (String environment : ENVIRONMENTS) {
            assertEquals(expected, fileNames(dashboards(environment)), environment);
            for (DashboardRef ref : SUITE) {
                JsonNode dashboard = dashboard(environment, ref);
                assertEquals(ref.uid(), dashboard.path("uid").asText());
                assertTrue(dashboard.path("panels").size() > 0, ref.uid() + " has no panels");
            }
        }
    }

    @Test
    void theDashboardsFolderIsProvisionedWithEveryDatasourceThePanelsQuery() throws IOException {
        for (String environment : ENVIRONMENTS) {
            assertProvisioned(environment);
        }
    }

    private static void assertProvisioned(String environment) throws IOException {
        Path grafana = GENERATED.resolve(environment).resolve("grafana/provisioning");
        JsonNode providers = YAML.readTree(grafana.resolve("dashboards/dashboards.yml").toFile()).path("providers");
        List<String> folders = new ArrayList<>();
        providers.forEach(p -> folders.add(p.path("folder").asText() + " <- " + p.path("options").path("path").asText()));
        assertEquals(List.of(Dashboards.FOLDER + " <- /var/lib/grafana/dashboards/tta-dev"), folders);

        Map<String, String> provisioned = new TreeMap<>();
        YAML.readTree(grafana.resolve("datasources/datasources.yml").toFile()).path("datasources")
                .forEach(d -> provisioned.put(d.path("uid").asText(), d.path("type").asText()));
        for (DashboardRef ref : SUITE) {
            for (JsonNode datasource : dashboard(environment, ref).findValues("datasource")) {
                String uid = datasource.path("uid").asText();
                if (!uid.startsWith("-- ")) {   // Grafana's own annotations datasource
                    assertEquals(provisioned.get(uid), datasource.path("type").asText(),
                            ref.uid() + " queries datasource " + datasource + "; provisioned: " + provisioned);
                }
            }
        }
        // The suite reads every kind: metrics, logs, traces and Alertmanager's active alerts.
        Set<String> used = SUITE.stream().flatMap(ref -> dashboard(environment, ref).findValues("datasource").stream())
                .map(d -> d.path("uid").asText()).filter(provisioned::containsKey).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("alertmanager-alerts", "jaeger", "loki", "prometheus"), used);
        // Grafana ships all but the Alertmanager plugin the active-alert tables need.
        assertEquals(Set.of("camptocamp-prometheus-alertmanager-datasource"),
                new TtaMonitoring().define().grafana().pluginsToInstall());
    }

    @Test
    void composeEnvironmentsInstallThePluginsTheDashboardsNeed() throws IOException {
        int composeEnvironments = 0;
        for (String environment : ENVIRONMENTS) {
            Path compose = GENERATED.resolve(environment).resolve("docker-compose.yml");
            if (Files.exists(compose)) {
                composeEnvironments++;
                JsonNode grafana = YAML.readTree(compose.toFile()).path("services").path("grafana");
                assertEquals("camptocamp-prometheus-alertmanager-datasource",
                        grafana.path("environment").path("GF_INSTALL_PLUGINS").asText(), environment);
            }
        }
        assertEquals(2, composeEnvironments);
    }

    @Test
    void everyDashboardValidatesAgainstTheProjectSchema() {
        SchemaValidator validator = new SchemaValidator();
        for (String environment : ENVIRONMENTS) {
            for (DashboardRef ref : SUITE) {
                assertEquals(List.of(), validator.validate(GrafanaLowering.DASHBOARD_SCHEMA, dashboard(environment, ref)),
                        environment + ": " + ref.uid());
            }
        }
    }

    @Test
    void regeneratingGivesByteIdenticalDashboardsAndProvisioning() throws IOException {
        List<OutputFile> first = grafanaFiles(Compiler.compile(new TtaMonitoring().define()));
        List<OutputFile> second = grafanaFiles(Compiler.compile(new TtaMonitoring().define()));
        assertEquals(first, second);
        assertEquals(ENVIRONMENTS.size() * (7 + SLO_DASHBOARDS.size() + 2), first.size());
        for (OutputFile file : first) {
            assertEquals(Files.readString(GENERATED.resolve(file.path())), file.content(),
                    file.path() + " differs from what the definitions produce; run 'make generate'");
        }
    }

    private static List<OutputFile> grafanaFiles(CompileResult result) {
        assertFalse(result.hasErrors(), () -> result.diagnostics().toString());
        return result.files().stream().filter(f -> f.path().contains("/grafana/")).toList();
    }

    private static Path dashboards(String environment) {
        return GENERATED.resolve(environment).resolve("grafana/dashboards/tta-dev");
    }

    private static JsonNode dashboard(String environment, DashboardRef ref) {
        try {
            return JSON.readTree(dashboards(environment).resolve(ref.uid() + ".json").toFile());
        } catch (IOException e) {
            throw new AssertionError(ref.uid() + " is not in generated/; run 'make generate'", e);
        }
    }

    private static Set<String> fileNames(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(f -> f.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
