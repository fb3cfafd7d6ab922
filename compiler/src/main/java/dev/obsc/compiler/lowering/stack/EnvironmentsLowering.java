package dev.obsc.compiler.lowering.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.obsc.compiler.lowering.Document;
import dev.obsc.compiler.lowering.Trees;
import dev.obsc.compiler.lowering.alertmanager.AlertmanagerLowering;
import dev.obsc.model.AlertmanagerModel;
import dev.obsc.model.Environment;
import dev.obsc.model.StackModel;

import java.util.ArrayList;
import java.util.List;

/**
 * One tree per environment, {@code <environment>/...}, holding all it needs: the rule files and
 * its {@code prometheus.yml}, its Alertmanager configuration, Grafana provisioning and dashboards,
 * the collector configuration and its deployment (Docker Compose or Kubernetes manifests).
 * What does not depend on the environment (rule unit tests, review reports) stays once at the top;
 * the rule tests load the rule files of the first environment, identical in every tree.
 */
public final class EnvironmentsLowering {
    private final StackModel stack;

    public EnvironmentsLowering(StackModel stack) {
        this.stack = stack;
    }

    /**
     * @param rules        the rule files, at prometheus/*.yml
     * @param ruleTests    the promtool test files, at prometheus/tests/*.yml
     * @param grafana      Grafana provisioning and dashboards, at grafana/...
     * @param alertmanager the declared Alertmanager configuration
     * @param shared       the environment-independent documents (reports)
     */
    public List<Document> lower(List<Document> rules, List<Document> ruleTests, List<Document> grafana,
                                AlertmanagerModel alertmanager, List<Document> shared) {
        List<Document> documents = new ArrayList<>(shared);
        String testedTree = stack.environments().get(0).name();
        ruleTests.forEach(test -> documents.add(test.withTree(loadingRulesOf(test.tree(), testedTree))));
        List<String> ruleFiles = rules.stream().map(d -> d.path().substring(d.path().lastIndexOf('/') + 1)).toList();
        PrometheusConfigLowering prometheus = new PrometheusConfigLowering(stack);
        for (Environment environment : stack.environments()) {
            String tree = environment.name();
            List<Document> own = new ArrayList<>(rules);
            own.add(Document.yaml(PrometheusConfigLowering.PATH, prometheus.lower(environment, ruleFiles),
                    PrometheusConfigLowering.SCHEMA));
            own.addAll(new AlertmanagerLowering().lower(EnvironmentReceivers.apply(alertmanager, environment)));
            own.addAll(grafana);
            own.forEach(document -> documents.add(document.under(tree)));
        }
        return documents;
    }

    /** A rule test file whose rule_files point at the rule files of {@code tree}, from prometheus/tests/. */
    private static JsonNode loadingRulesOf(JsonNode test, String tree) {
        ObjectNode copy = test.deepCopy();
        List<String> files = new ArrayList<>();
        test.get("rule_files").forEach(file -> files.add("../../" + tree + "/prometheus/"
                + file.asText().substring(file.asText().lastIndexOf('/') + 1)));
        copy.set("rule_files", Trees.strings(files));
        return copy;
    }
}
