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
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * TTA.dev's dashboard suite as committed in generated/: one dashboard per audience, provisioned
 * into its folder with the datasources its panels query, valid against the project's schema (and
 * against Grafana's published dashboard model when its schema is given), and exactly what the
 * definitions produce, run after run.
 */
class DashboardSuiteTest {
    private static final Path GENERATED = Path.of("..", "generated");
    private static final Path DASHBOARDS = GENERATED.resolve("grafana/dashboards/tta-dev");
    private static final Path DATASOURCES = GENERATED.resolve("grafana/provisioning/datasources/datasources.yml");
    private static final Path PROVIDERS = GENERATED.resolve("grafana/provisioning/dashboards/dashboards.yml");
    /**
     * Grafana's classic dashboard model as a JSON Schema (the Grafana Foundation SDK publishes one),
     * given as a path in this system property or environment variable; the project does not ship it.
     */
    private static final String REFERENCE_SCHEMA_PROPERTY = "obsc.grafanaReferenceSchema";
    private static final String REFERENCE_SCHEMA_VARIABLE = "OBSC_GRAFANA_REFERENCE_SCHEMA";

    /** The suite, by audience: executives, platform, developers, SRE, capacity, cost, on-call. */
    private static final List<DashboardRef> SUITE = List.of(ExecutiveDashboard.REF, PlatformHealthDashboard.REF,
            DeveloperDashboard.REF, SreDashboard.REF, CapacityPlanningDashboard.REF, CostOptimizationDashboard.REF,
            AlertsOverviewDashboard.REF);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();

    @Test
    void theSevenDashboardsAreGeneratedOnePerFileInTheirFolder() throws IOException {
        Set<String> expected = SUITE.stream().map(ref -> ref.uid() + ".json").collect(Collectors.toCollection(TreeSet::new));
        assertEquals(7, expected.size());
        assertEquals(expected, fileNames(DASHBOARDS));
        for (DashboardRef ref : SUITE) {
            JsonNode dashboard = dashboard(ref);
            assertEquals(ref.uid(), dashboard.path("uid").asText());
            assertTrue(dashboard.path("panels").size() > 0, ref.uid() + " has no panels");
        }
    }

    @Test
    void theDashboardsFolderIsProvisionedWithEveryDatasourceThePanelsQuery() throws IOException {
        JsonNode providers = YAML.readTree(PROVIDERS.toFile()).path("providers");
        List<String> folders = new ArrayList<>();
        providers.forEach(p -> folders.add(p.path("folder").asText() + " <- " + p.path("options").path("path").asText()));
        assertEquals(List.of(Dashboards.FOLDER + " <- /var/lib/grafana/dashboards/tta-dev"), folders);

        Map<String, String> provisioned = new TreeMap<>();
        YAML.readTree(DATASOURCES.toFile()).path("datasources")
                .forEach(d -> provisioned.put(d.path("uid").asText(), d.path("type").asText()));
        for (DashboardRef ref : SUITE) {
            for (JsonNode datasource : dashboard(ref).findValues("datasource")) {
                String uid = datasource.path("uid").asText();
                if (!uid.startsWith("-- ")) {   // Grafana's own annotations datasource
                    assertEquals(provisioned.get(uid), datasource.path("type").asText(),
                            ref.uid() + " queries datasource " + datasource + "; provisioned: " + provisioned);
                }
            }
        }
        // The suite reads every kind: metrics, logs, traces and Alertmanager's active alerts.
        Set<String> used = SUITE.stream().flatMap(ref -> dashboard(ref).findValues("datasource").stream())
                .map(d -> d.path("uid").asText()).filter(provisioned::containsKey).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("alertmanager-alerts", "jaeger", "loki", "prometheus"), used);
    }

    @Test
    void everyDashboardValidatesAgainstTheProjectSchema() {
        SchemaValidator validator = new SchemaValidator();
        for (DashboardRef ref : SUITE) {
            assertEquals(List.of(), validator.validate(GrafanaLowering.DASHBOARD_SCHEMA, dashboard(ref)), ref.uid());
        }
    }

    @Test
    void everyDashboardValidatesAgainstGrafanasDashboardModelWhenItsSchemaIsGiven() throws IOException {
        Optional<Path> schemaFile = Optional.ofNullable(System.getProperty(REFERENCE_SCHEMA_PROPERTY))
                .or(() -> Optional.ofNullable(System.getenv(REFERENCE_SCHEMA_VARIABLE))).map(Path::of);
        Assumptions.assumeTrue(schemaFile.isPresent(), "set -D" + REFERENCE_SCHEMA_PROPERTY + " or "
                + REFERENCE_SCHEMA_VARIABLE + " to Grafana's dashboard JSON Schema to run this check");
        Schema schema = SchemaLoader.load(new JSONObject(Files.readString(schemaFile.get())));
        for (DashboardRef ref : SUITE) {
            try {
                schema.validate(new JSONObject(dashboard(ref).toString()));
            } catch (ValidationException e) {
                throw new AssertionError(ref.uid() + ": " + e.getAllMessages(), e);
            }
        }
    }

    @Test
    void regeneratingGivesByteIdenticalDashboardsAndProvisioning() throws IOException {
        List<OutputFile> first = grafanaFiles(Compiler.compile(new TtaMonitoring().define()));
        List<OutputFile> second = grafanaFiles(Compiler.compile(new TtaMonitoring().define()));
        assertEquals(first, second);
        assertEquals(7 + 2, first.size());
        for (OutputFile file : first) {
            assertEquals(Files.readString(GENERATED.resolve(file.path())), file.content(),
                    file.path() + " differs from what the definitions produce; run 'make generate'");
        }
    }

    private static List<OutputFile> grafanaFiles(CompileResult result) {
        assertTrue(!result.hasErrors(), () -> result.diagnostics().toString());
        return result.files().stream().filter(f -> f.path().startsWith("grafana/")).toList();
    }

    private static JsonNode dashboard(DashboardRef ref) {
        try {
            return JSON.readTree(DASHBOARDS.resolve(ref.uid() + ".json").toFile());
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
