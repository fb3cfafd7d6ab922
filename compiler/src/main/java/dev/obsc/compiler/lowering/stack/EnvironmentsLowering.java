package dev.obsc.compiler.lowering.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.obsc.compiler.lowering.Document;
import dev.obsc.compiler.lowering.Trees;
import dev.obsc.compiler.analysis.EnvironmentReceivers;
import dev.obsc.compiler.lowering.alertmanager.AlertmanagerLowering;
import dev.obsc.model.AlertmanagerModel;
import dev.obsc.model.Environment;
import dev.obsc.model.Platform;
import dev.obsc.model.ServiceRole;
import dev.obsc.model.StackModel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.function.Function;

/**
 * One tree per environment, {@code <environment>/...}, holding all it needs: the rule files and
 * its {@code prometheus.yml}, its Alertmanager configuration, Grafana provisioning and dashboards,
 * the collector configuration and its deployment (Docker Compose or Kubernetes manifests), and a
 * README saying what differs there and how to start it.
 * What does not depend on the environment (rule unit tests, review reports) stays once at the top;
 * the rule tests load the rule files of the first environment. The rule files are the same in
 * every tree but for where alerts link to dashboards: the environment's own Grafana.
 */
public final class EnvironmentsLowering {
    /** Where prometheus-operator mounts the Alertmanager config Secret, template files included. */
    static final String OPERATOR_ALERTMANAGER_TEMPLATES = "/etc/alertmanager/config/*.tmpl";
    /** Where prometheus.yml and the rule files are, in every tree. */
    private static final String PROMETHEUS_DIR = "prometheus";

    private final StackModel stack;
    private final String definitionsName;
    private final SortedSet<String> grafanaPlugins;
    private final Function<JsonNode, String> yaml;
    private final Function<JsonNode, String> json;

    /**
     * @param grafanaPlugins the plugins Grafana must install for the dashboards' datasources
     * @param yaml, json     how files embedded in Kubernetes manifests are written
     */
    public EnvironmentsLowering(StackModel stack, String definitionsName, SortedSet<String> grafanaPlugins,
                                Function<JsonNode, String> yaml, Function<JsonNode, String> json) {
        this.stack = stack;
        this.definitionsName = definitionsName;
        this.grafanaPlugins = grafanaPlugins;
        this.yaml = yaml;
        this.json = json;
    }

    /**
     * @param rulesLinkingTo     the rule files (at prometheus/*.yml), alerts linking to dashboards at a Grafana URL
     * @param ruleTestsLinkingTo the promtool test files (at prometheus/tests/*.yml), likewise
     * @param grafanaUrl         the declared Grafana URL, for environments without a domain of their own
     * @param grafana            Grafana provisioning and dashboards, at grafana/...
     * @param alertmanager       the declared Alertmanager configuration
     * @param shared             the environment-independent documents (reports)
     */
    public List<Document> lower(Function<String, List<Document>> rulesLinkingTo,
                                Function<String, List<Document>> ruleTestsLinkingTo, String grafanaUrl,
                                List<Document> grafana, AlertmanagerModel alertmanager, List<Document> shared) {
        List<Document> documents = new ArrayList<>(shared);
        Environment tested = stack.environments().get(0);
        ruleTestsLinkingTo.apply(grafanaUrl(tested, grafanaUrl)).forEach(test ->
                documents.add(test.withTree(loadingRulesOf(test.path(), test.tree(), tested.name()))));
        PrometheusConfigLowering prometheus = new PrometheusConfigLowering(stack);
        OtelCollectorLowering collector = new OtelCollectorLowering(stack);
        for (Environment environment : stack.environments()) {
            boolean kubernetes = environment.platform() == Platform.KUBERNETES;
            List<Document> rules = rulesLinkingTo.apply(grafanaUrl(environment, grafanaUrl));
            // Relative to prometheus.yml, which sits beside the rule files (some may be in subdirectories).
            List<String> ruleFiles = rules.stream().map(d -> relativeTo(PROMETHEUS_DIR, d.path())).toList();
            List<Document> own = new ArrayList<>(rules);
            own.add(Document.yaml(PrometheusConfigLowering.PATH, prometheus.lower(environment, ruleFiles),
                    PrometheusConfigLowering.SCHEMA));
            AlertmanagerLowering am = kubernetes ? new AlertmanagerLowering(OPERATOR_ALERTMANAGER_TEMPLATES)
                    : new AlertmanagerLowering();
            List<Document> alertmanagerFiles = am.lower(EnvironmentReceivers.apply(alertmanager, environment));
            own.addAll(alertmanagerFiles);
            own.addAll(grafana);
            Optional<ObjectNode> collectorConfig = collector.lower(environment);
            collectorConfig.ifPresent(config -> own.add(Document.yaml(OtelCollectorLowering.PATH, config,
                    OtelCollectorLowering.SCHEMA)));
            if (kubernetes) {
                own.addAll(new KubernetesLowering(stack, definitionsName, yaml, json).lower(environment,
                        prometheus.scrapeConfigs(environment), rules, grafana, collectorConfig,
                        SecretFiles.in(alertmanagerFiles)));
            } else {
                own.add(Document.yaml(ComposeLowering.PATH, new ComposeLowering(stack, definitionsName, grafanaPlugins)
                        .lower(environment), ComposeLowering.SCHEMA));
            }
            own.add(new EnvironmentReadme(stack).lower(definitionsName, environment, own));
            own.forEach(document -> documents.add(document.under(environment.name())));
        }
        return documents;
    }

    /** The environment's own Grafana (https://grafana.domain) when it has a domain, else the declared URL. */
    private String grafanaUrl(Environment environment, String declared) {
        return environment.domain().flatMap(domain -> Endpoints.running(stack, environment, ServiceRole.GRAFANA)
                        .map(grafana -> Endpoints.externalUrl(environment, grafana)))
                .orElse(declared);
    }

    /**
     * A rule test file (at {@code path}) whose rule_files, written relative to it for the top-level
     * layout, point at the same files in the tree of environment {@code tree}.
     */
    private static JsonNode loadingRulesOf(String path, JsonNode test, String tree) {
        ObjectNode copy = test.deepCopy();
        Path directory = Path.of(path).getParent();
        Path up = directory.relativize(Path.of(""));
        List<String> files = new ArrayList<>();
        test.get("rule_files").forEach(file -> files.add(slashes(up.resolve(tree)
                .resolve(directory.resolve(file.asText()).normalize()))));
        copy.set("rule_files", Trees.strings(files));
        return copy;
    }

    private static String relativeTo(String directory, String path) {
        return slashes(Path.of(directory).relativize(Path.of(path)));
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
