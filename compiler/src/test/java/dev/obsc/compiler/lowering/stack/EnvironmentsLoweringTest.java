package dev.obsc.compiler.lowering.stack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.obsc.compiler.emit.Emitter;
import dev.obsc.compiler.lowering.Document;
import dev.obsc.compiler.lowering.Trees;
import dev.obsc.dsl.Monitoring;
import dev.obsc.model.MonitoringModel;
import dev.obsc.model.ServiceRole;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rule files in subdirectories (as the SLO stage writes them) keep their place in every tree. */
class EnvironmentsLoweringTest {

    @Test
    void ruleFilesInSubdirectoriesAreLoadedByPrometheusAndByTheRuleTests() {
        Monitoring m = new Monitoring("layout test");
        var prometheus = m.stack().service("prometheus", ServiceRole.PROMETHEUS, "prom/prometheus:v2.53.2",
                s -> s.port("web", 9090));
        m.stack().scrape("prometheus", prometheus.port("web"));
        m.stack().environment("dev", e -> { });
        m.stack().environment("prod", e -> e.kubernetes("prod").domain("example.org"));
        MonitoringModel model = m.build();

        Function<String, List<Document>> rules = grafanaUrl -> List.of(
                Document.yaml("prometheus/recording_rules.yml", groups(), "prometheus-rules.schema.json"),
                Document.yaml("prometheus/slos/latency.yml", groups(), "prometheus-rules.schema.json"));
        ObjectNode test = Trees.object();
        test.set("rule_files", Trees.strings(List.of("../slos/latency.yml")));
        Function<String, List<Document>> tests = grafanaUrl -> List.of(
                Document.yaml("prometheus/tests/latency.yml", test, "promtool-tests.schema.json"));
        Emitter emitter = new Emitter("layout test");
        Map<String, Document> byPath = new EnvironmentsLowering(model.stack(), model.name(), new java.util.TreeSet<>(), emitter::toYaml,
                emitter::toJson).lower(rules, tests, "http://localhost:3000", List.of(), model.alertmanager(), List.of())
                .stream().collect(Collectors.toMap(Document::path, d -> d));

        assertEquals("[\"recording_rules.yml\",\"slos/latency.yml\"]",
                byPath.get("dev/prometheus/prometheus.yml").tree().get("rule_files").toString());
        assertEquals("[\"../../dev/prometheus/slos/latency.yml\"]",
                byPath.get("prometheus/tests/latency.yml").tree().get("rule_files").toString());
        assertEquals("layout-test-slos-latency", byPath.get("prod/kubernetes/prometheus-rules.yml").tree()
                .get("items").get(1).get("metadata").get("name").asText());
    }

    @Test
    void namesThatDifferOnlyInCaseOrPunctuationStaySeparateKubernetesObjects() {
        Monitoring m = new Monitoring("layout test");
        m.stack().environment("prod", e -> e.kubernetes("prod").domain("example.org"));
        MonitoringModel model = m.build();
        Function<String, List<Document>> rules = grafanaUrl -> List.of(
                Document.yaml("prometheus/slos/Checkout_API.yml", groups(), "prometheus-rules.schema.json"),
                Document.yaml("prometheus/slos/checkout-api.yml", groups(), "prometheus-rules.schema.json"),
                Document.yaml("prometheus/slos/search.yml", groups(), "prometheus-rules.schema.json"));
        List<Document> grafana = List.of(
                Document.json("grafana/dashboards/team/A_b.json", Trees.object(), "grafana-dashboard.schema.json"),
                Document.json("grafana/dashboards/team/a-b.json", Trees.object(), "grafana-dashboard.schema.json"),
                Document.json("grafana/dashboards/team/overview.json", Trees.object(), "grafana-dashboard.schema.json"));
        Emitter emitter = new Emitter("layout test");
        Map<String, Document> byPath = new EnvironmentsLowering(model.stack(), model.name(), new java.util.TreeSet<>(), emitter::toYaml,
                emitter::toJson).lower(rules, grafanaUrl -> List.of(), "http://localhost:3000", grafana, model.alertmanager(),
                        List.of())
                .stream().collect(Collectors.toMap(Document::path, d -> d));

        List<String> ruleNames = names(byPath.get("prod/kubernetes/prometheus-rules.yml"));
        assertEquals(3, ruleNames.stream().distinct().count(), ruleNames.toString());
        assertEquals("layout-test-slos-search", ruleNames.get(2), "a name nothing collides with stays plain");
        assertTrue(ruleNames.get(0).matches("layout-test-slos-checkout-api-[0-9a-f]{8}"), ruleNames.toString());
        List<String> dashboardNames = names(byPath.get("prod/kubernetes/grafana.yml"));
        assertEquals(3, dashboardNames.stream().distinct().count(), dashboardNames.toString());
        assertTrue(dashboardNames.contains("grafana-dashboard-overview"), dashboardNames.toString());
    }

    private static List<String> names(Document manifests) {
        List<String> names = new java.util.ArrayList<>();
        manifests.tree().get("items").forEach(item -> names.add(item.get("metadata").get("name").asText()));
        return names;
    }

    private static ObjectNode groups() {
        ObjectNode file = Trees.object();
        file.putArray("groups");
        return file;
    }
}
