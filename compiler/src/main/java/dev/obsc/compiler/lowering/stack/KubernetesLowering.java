package dev.obsc.compiler.lowering.stack;

import dev.obsc.compiler.lowering.Slugs;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.obsc.compiler.lowering.Document;
import dev.obsc.compiler.lowering.Trees;
import dev.obsc.model.Environment;
import dev.obsc.model.RemoteWrite;
import dev.obsc.model.ServiceRole;
import dev.obsc.model.StackModel;
import dev.obsc.model.StackService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Kubernetes manifests of an environment, for prometheus-operator and the Grafana sidecar
 * convention, each file a {@code v1/List}: the Prometheus and Alertmanager resources, one
 * PrometheusRule per rule file, ConfigMaps for Grafana's datasources and dashboards and for the
 * collector. Whatever holds credentials is a Secret created at deploy time and only referenced
 * here: the Alertmanager configuration, the remote-write credentials, and (because the operator
 * takes them only from a Secret) the additional scrape configs.
 */
public final class KubernetesLowering {
    public static final String DIRECTORY = "kubernetes/";
    public static final String SCHEMA = "kubernetes-manifests.schema.json";
    /** The scrape configs alone, for the Secret prometheus-operator reads additional scrape configs from. */
    public static final String SCRAPE_CONFIGS = "prometheus/scrape-configs.yml";
    public static final String SCRAPE_CONFIGS_SCHEMA = "prometheus-scrape-configs.schema.json";
    public static final String SCRAPE_CONFIGS_SECRET = "prometheus-scrape-configs";
    public static final String ALERTMANAGER_SECRET = "alertmanager-config";
    /** The Secret (or, with several directories, Secrets numbered from 0) holding the receivers' secret files. */
    static final String SECRET_FILES_SECRET = "alertmanager-secret-files";
    /** Where an environment's Alertmanager configuration is in its tree. */
    static final String ALERTMANAGER_DIR = "alertmanager/";
    public static final String REMOTE_WRITE_SECRET = "prometheus-remote-write";
    private static final String OPERATOR_API = "monitoring.coreos.com/v1";

    private final StackModel stack;
    private final String project;
    private final Function<JsonNode, String> yaml;
    private final Function<JsonNode, String> json;

    /** @param yaml, json how embedded files (ConfigMap data) are written, as the emitter writes files */
    public KubernetesLowering(StackModel stack, String definitionsName, Function<JsonNode, String> yaml,
                              Function<JsonNode, String> json) {
        this.stack = stack;
        this.project = Slugs.of(definitionsName);
        this.yaml = yaml;
        this.json = json;
    }

    /**
     * @param rules      the environment's rule files
     * @param grafana    its Grafana provisioning and dashboards
     * @param collector  its collector configuration, if the stack has a collector
     */
    public List<Document> lower(Environment environment, ArrayNode scrapeConfigs, List<Document> rules,
                                List<Document> grafana, java.util.Optional<ObjectNode> collector,
                                java.util.SortedSet<String> alertmanagerSecretFiles) {
        List<Document> documents = new ArrayList<>();
        documents.add(Document.yaml(SCRAPE_CONFIGS, scrapeConfigs, SCRAPE_CONFIGS_SCHEMA));
        Endpoints.running(stack, environment, ServiceRole.PROMETHEUS).ifPresent(prometheus ->
                manifests(documents, "prometheus.yml", List.of(prometheus(environment, prometheus))));
        Map<String, String> ruleNames = KubernetesNames.of(project + "-", rules.stream().map(KubernetesLowering::ruleFileName).toList());
        manifests(documents, "prometheus-rules.yml", rules.stream()
                .map(r -> prometheusRule(environment, r, ruleNames.get(ruleFileName(r)))).toList());
        Endpoints.running(stack, environment, ServiceRole.ALERTMANAGER).ifPresent(am ->
                manifests(documents, "alertmanager.yml", List.of(alertmanager(environment, am, alertmanagerSecretFiles))));
        manifests(documents, "grafana.yml", grafanaConfigMaps(environment, grafana));
        collector.ifPresent(config -> manifests(documents, "otel-collector.yml", List.of(configMap(environment,
                "otel-collector-config", Map.of(), Map.of(), Map.of("config.yml", yaml.apply(config))))));
        return documents;
    }

    /** A file of manifests, when there is any resource to put in it. */
    private static void manifests(List<Document> into, String file, List<ObjectNode> items) {
        if (items.isEmpty()) {
            return;
        }
        ObjectNode list = Trees.object();
        list.put("apiVersion", "v1");
        list.put("kind", "List");
        ArrayNode array = list.putArray("items");
        items.forEach(array::add);
        into.add(Document.yaml(DIRECTORY + file, list, SCHEMA));
    }

    private ObjectNode resource(String apiVersion, String kind, String name, Environment environment,
                                Map<String, String> extraLabels) {
        ObjectNode node = Trees.object();
        node.put("apiVersion", apiVersion);
        node.put("kind", kind);
        ObjectNode metadata = node.putObject("metadata");
        metadata.put("name", name);
        metadata.put("namespace", environment.namespace().orElseThrow());
        TreeMap<String, String> labels = new TreeMap<>(extraLabels);
        labels.putAll(commonLabels());
        metadata.set("labels", Trees.map(labels));
        return node;
    }

    /** Labels on every resource; the Prometheus rule selector matches them. */
    private Map<String, String> commonLabels() {
        return new TreeMap<>(Map.of("app.kubernetes.io/part-of", project, "app.kubernetes.io/managed-by", "obsc"));
    }

    private ObjectNode prometheus(Environment environment, StackService service) {
        ObjectNode node = resource(OPERATOR_API, "Prometheus", service.name(), environment, Map.of());
        ObjectNode spec = node.putObject("spec");
        service.image().ifPresent(image -> spec.put("image", image));
        spec.put("replicas", environment.prometheusReplicas());
        spec.put("retention", environment.retentionTime());
        environment.retentionSize().ifPresent(size -> spec.put("retentionSize", size));
        spec.put("scrapeInterval", environment.scrapeInterval());
        spec.put("evaluationInterval", environment.evaluationInterval());
        TreeMap<String, String> labels = new TreeMap<>(environment.externalLabels());
        labels.put(PrometheusConfigLowering.ENVIRONMENT_LABEL, environment.name());
        spec.set("externalLabels", Trees.map(labels));
        spec.put("externalUrl", Endpoints.externalUrl(environment, service));
        if (OtelCollectorLowering.writesTo(stack, environment, service)) {
            spec.put("enableRemoteWriteReceiver", true);
        }
        spec.putObject("ruleSelector").set("matchLabels", Trees.map(Map.of("app.kubernetes.io/part-of", project)));
        Endpoints.running(stack, environment, ServiceRole.ALERTMANAGER)
                .ifPresent(am -> spec.putObject("alerting").putArray("alertmanagers")
                .addObject().put("namespace", environment.namespace().orElseThrow()).put("name", am.name())
                .put("port", Endpoints.mainPort(am).name()));
        spec.putObject("additionalScrapeConfigs").put("name", SCRAPE_CONFIGS_SECRET).put("key", "scrape-configs.yml");
        if (!environment.remoteWrites().isEmpty()) {
            ArrayNode writes = spec.putArray("remoteWrite");
            for (int i = 0; i < environment.remoteWrites().size(); i++) {
                writes.add(remoteWrite(environment.remoteWrites().get(i), i));
            }
        }
        return node;
    }

    private static ObjectNode remoteWrite(RemoteWrite write, int index) {
        ObjectNode node = Trees.object();
        node.put("url", write.url());
        if (write.password().isPresent()) {
            // The operator reads credentials from a Secret; its keys are numbered per endpoint.
            ObjectNode auth = node.putObject("basicAuth");
            auth.putObject("username").put("name", REMOTE_WRITE_SECRET).put("key", "username-" + index);
            auth.putObject("password").put("name", REMOTE_WRITE_SECRET).put("key", "password-" + index);
        }
        return node;
    }

    /** A rule file's path below prometheus/ without extension: recording_rules, slos/latency, ... */
    private static String ruleFileName(Document ruleFile) {
        return ruleFile.path().replaceFirst("^prometheus/", "").replaceAll("\\.ya?ml$", "");
    }

    private ObjectNode prometheusRule(Environment environment, Document ruleFile, String name) {
        ObjectNode node = resource(OPERATOR_API, "PrometheusRule", name, environment, Map.of());
        node.putObject("spec").set("groups", ruleFile.tree().get("groups").deepCopy());
        return node;
    }

    /** The Secrets holding the receivers' secret files, one per directory they are read from. */
    static List<String> secretFileSecrets(java.util.SortedSet<String> files) {
        int directories = SecretFiles.byDirectory(files).size();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < directories; i++) {
            names.add(directories == 1 ? SECRET_FILES_SECRET : SECRET_FILES_SECRET + "-" + i);
        }
        return names;
    }

    private ObjectNode alertmanager(Environment environment, StackService service, java.util.SortedSet<String> secretFiles) {
        ObjectNode node = resource(OPERATOR_API, "Alertmanager", service.name(), environment, Map.of());
        ObjectNode spec = node.putObject("spec");
        service.image().ifPresent(image -> spec.put("image", image));
        spec.put("replicas", environment.alertmanagerReplicas());
        spec.put("externalUrl", Endpoints.externalUrl(environment, service));
        // Created at deploy time from alertmanager/ of this tree; its values never appear here.
        spec.put("configSecret", ALERTMANAGER_SECRET);
        // The receivers read their secrets from files (*_file): mount a Secret at each directory.
        List<String> secrets = secretFileSecrets(secretFiles);
        int index = 0;
        for (String directory : SecretFiles.byDirectory(secretFiles).keySet()) {
            String volume = "secret-files-" + index;
            spec.withArray("volumes").addObject().put("name", volume)
                    .putObject("secret").put("secretName", secrets.get(index));
            spec.withArray("volumeMounts").addObject().put("name", volume).put("mountPath", directory)
                    .put("readOnly", true);
            index++;
        }
        return node;
    }

    /**
     * Datasources and one ConfigMap per dashboard, labelled for the Grafana sidecar
     * (grafana_datasource / grafana_dashboard, folder in the grafana_folder annotation). One per
     * dashboard, because {@code kubectl apply} keeps a copy of each object in an annotation limited
     * to 256 KiB, which a folder of dashboards soon exceeds.
     */
    private List<ObjectNode> grafanaConfigMaps(Environment environment, List<Document> grafana) {
        List<ObjectNode> maps = new ArrayList<>();
        TreeMap<String, ObjectNode> dashboards = new TreeMap<>();
        List<Document> dashboardFiles = grafana.stream().filter(d -> d.path().endsWith(".json")).toList();
        Map<String, String> folders = folderTitles(grafana);
        Map<String, String> names = KubernetesNames.of("grafana-dashboard-", dashboardFiles.stream()
                .map(KubernetesLowering::dashboardFileStem).toList());
        for (Document document : grafana) {
            String path = document.path();
            if (path.endsWith("datasources.yml")) {
                maps.add(configMap(environment, "grafana-datasources", Map.of("grafana_datasource", "1"), Map.of(),
                        Map.of("datasources.yml", yaml.apply(document.tree()))));
            } else if (path.endsWith(".json")) {
                String[] parts = path.split("/");
                String directory = parts[parts.length - 2];
                String folder = folders.getOrDefault(directory, directory);
                String file = parts[parts.length - 1];
                String name = names.get(dashboardFileStem(document));
                dashboards.put(name, configMap(environment, name, Map.of("grafana_dashboard", "1"),
                        Map.of("grafana_folder", folder), Map.of(file, json.apply(document.tree()) + "\n")));
            }
        }
        maps.addAll(dashboards.values());
        return maps;
    }

    /**
     * Each dashboard directory's folder title, as the Grafana provisioning names it (TTA.dev for
     * tta-dev/), so the sidecar files a dashboard in the same folder on Kubernetes as on Compose.
     */
    private static Map<String, String> folderTitles(List<Document> grafana) {
        Map<String, String> titles = new java.util.HashMap<>();
        for (Document document : grafana) {
            if (document.tree() == null) {
                continue;
            }
            for (JsonNode provider : document.tree().path("providers")) {
                String path = provider.path("options").path("path").asText();
                if (!path.isEmpty() && provider.hasNonNull("folder")) {
                    titles.put(path.substring(path.lastIndexOf('/') + 1), provider.get("folder").asText());
                }
            }
        }
        return titles;
    }

    /** A dashboard's file name without .json: its uid. */
    private static String dashboardFileStem(Document dashboard) {
        String file = dashboard.path().substring(dashboard.path().lastIndexOf('/') + 1);
        return file.substring(0, file.length() - ".json".length());
    }

    private ObjectNode configMap(Environment environment, String name, Map<String, String> labels,
                                 Map<String, String> annotations, Map<String, String> data) {
        ObjectNode node = resource("v1", "ConfigMap", name, environment, labels);
        if (!annotations.isEmpty()) {
            ((ObjectNode) node.get("metadata")).set("annotations", Trees.map(new TreeMap<>(annotations)));
        }
        node.set("data", Trees.map(new TreeMap<>(data)));
        return node;
    }
}
