package dev.tta.monitoring.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.obsc.compiler.emit.Emitter;
import dev.obsc.compiler.promql.Duration;
import dev.tta.monitoring.Jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The only changes a live run makes to the generated configuration, each because a test on one
 * machine, bounded to seconds, must:
 * <ul>
 * <li><b>Rules</b>: every group evaluates every {@value #EVALUATION_INTERVAL}, and every {@code for}
 *     (and {@code keep_firing_for}) is divided by {@value #PENDING_COMPRESSION} (a minute becomes a
 *     second), so an alert fires seconds after its condition holds and alerts still fire in the
 *     order they would in production. Expressions, thresholds, labels and annotations are untouched.</li>
 * <li><b>Alertmanager</b>: every receiver keeps its name, but its integrations (email, Slack,
 *     PagerDuty, ...) are replaced by one webhook to the test; the route tree, matchers,
 *     {@code continue}, time intervals and inhibit rules stay as generated; {@code group_wait} and
 *     {@code group_interval} are divided by {@value #GROUP_TIMER_COMPRESSION} wherever they are set
 *     (30s becomes 1s).</li>
 * <li><b>Prometheus</b>: scrape and evaluation intervals of {@value #EVALUATION_INTERVAL}; every
 *     scrape job keeps its name and labels but scrapes the test (TTA.dev jobs: a synthetic
 *     application; prometheus and alertmanager: the real servers; other stack components: a
 *     healthy stand-in), over plain HTTP, without service discovery or relabelling of the
 *     address; {@code rule_files} point at the rewritten rule files; alerts go to the test's
 *     Alertmanager; remote write/read and tracing are dropped (nothing to send them to).
 *     One job is added: {@value #CONTROL_JOB}, a copy of {@value Jobs#TTA_PRIMITIVES}, so an
 *     inhibited alert can be seen delivered where its inhibiting alert does not fire.</li>
 * </ul>
 */
final class LiveRewrite {
    static final String EVALUATION_INTERVAL = "1s";
    static final int PENDING_COMPRESSION = 60;
    static final int GROUP_TIMER_COMPRESSION = 30;
    /** A second TTA.dev job: the control for inhibitions, which only act within one job. */
    static final String CONTROL_JOB = "tta-live-control";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Emitter EMITTER = new Emitter("tta-dev (rewritten for a live test)");
    private static final Set<String> ADDRESS_LABELS = Set.of("__address__", "__scheme__", "__metrics_path__");

    private LiveRewrite() {
    }

    static ObjectNode read(Path file) {
        try {
            return (ObjectNode) YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(ObjectNode tree, Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, EMITTER.toYaml(tree));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rule file's groups, evaluated fast, with short pending periods. */
    static ObjectNode ruleFile(ObjectNode rules) {
        for (JsonNode group : rules.path("groups")) {
            ((ObjectNode) group).put("interval", EVALUATION_INTERVAL);
            for (JsonNode rule : group.path("rules")) {
                for (String pending : List.of("for", "keep_firing_for")) {
                    if (rule.has(pending)) {
                        ((ObjectNode) rule).put(pending, compress(rule.get(pending).asText(), PENDING_COMPRESSION));
                    }
                }
            }
        }
        return rules;
    }

    /** Alertmanager's config with every receiver delivering to {@code webhookUrl}. */
    static ObjectNode alertmanager(ObjectNode config, String webhookUrl) {
        ArrayNode receivers = JsonNodeFactory.instance.arrayNode();
        for (JsonNode receiver : config.path("receivers")) {
            ObjectNode webhook = JsonNodeFactory.instance.objectNode().put("url", webhookUrl).put("send_resolved", false);
            ObjectNode redirected = receivers.addObject().put("name", receiver.path("name").asText());
            redirected.putArray("webhook_configs").add(webhook);
        }
        config.set("receivers", receivers);
        ObjectNode root = (ObjectNode) config.path("route");
        // Alertmanager's defaults, where the root leaves them unset, compressed like the rest.
        if (!root.has("group_wait")) {
            root.put("group_wait", "30s");
        }
        if (!root.has("group_interval")) {
            root.put("group_interval", "5m");
        }
        compressTimers(root);
        return config;
    }

    private static void compressTimers(ObjectNode route) {
        for (String timer : List.of("group_wait", "group_interval")) {
            if (route.has(timer)) {
                route.put(timer, compress(route.get(timer).asText(), GROUP_TIMER_COMPRESSION));
            }
        }
        for (JsonNode child : route.path("routes")) {
            compressTimers((ObjectNode) child);
        }
    }

    /** {@code duration} divided by {@code factor}, in whole seconds (at least one): Alertmanager needs no finer. */
    static String compress(String duration, int factor) {
        Duration parsed = Duration.parse(duration)
                .orElseThrow(() -> new IllegalArgumentException("not a duration: " + duration));
        long seconds = Math.max(1, (parsed.millis() / factor + 999) / 1000);
        return Duration.ofSeconds(seconds).toString();
    }

    /** Where the live run's pieces listen: the test's endpoints, Prometheus and Alertmanager. */
    record Addresses(TestEndpoints test, String prometheus, String alertmanager) {
    }

    /**
     * prometheus.yml for the live run; {@code ruleFiles} are the rewritten rule files it loads
     * instead of its own {@code rule_files}.
     */
    static ObjectNode prometheus(ObjectNode config, List<Path> ruleFiles, Addresses at) {
        ObjectNode global = config.has("global") ? (ObjectNode) config.get("global") : config.putObject("global");
        global.put("scrape_interval", EVALUATION_INTERVAL).put("scrape_timeout", EVALUATION_INTERVAL)
                .put("evaluation_interval", EVALUATION_INTERVAL);
        config.remove(List.of("remote_write", "remote_read", "tracing"));

        ArrayNode rules = config.putArray("rule_files");
        ruleFiles.forEach(file -> rules.add(file.toAbsolutePath().toString()));

        ObjectNode alerting = config.has("alerting") ? (ObjectNode) config.get("alerting") : config.putObject("alerting");
        ObjectNode alertmanager = alerting.putArray("alertmanagers").addObject().put("api_version", "v2");
        alertmanager.putArray("static_configs").addObject().putArray("targets").add(at.alertmanager());

        ArrayNode jobs = config.withArrayProperty("scrape_configs");
        JsonNode primitives = null;
        for (JsonNode job : jobs) {
            if (Jobs.TTA_PRIMITIVES.equals(job.path("job_name").asText())) {
                primitives = job.deepCopy();
            }
        }
        if (primitives == null) {
            throw new IllegalArgumentException("prometheus.yml has no scrape job " + Jobs.TTA_PRIMITIVES);
        }
        jobs.add(((ObjectNode) primitives).put("job_name", CONTROL_JOB));
        for (JsonNode job : jobs) {
            redirect((ObjectNode) job, at);
        }
        return config;
    }

    private static void redirect(ObjectNode job, Addresses at) {
        String name = job.path("job_name").asText();
        String address;
        String path;
        if (name.equals(Jobs.PROMETHEUS)) {
            address = at.prometheus();
            path = "/metrics";
        } else if (name.equals(Jobs.ALERTMANAGER)) {
            address = at.alertmanager();
            path = "/metrics";
        } else if (name.matches(Jobs.TTA_APPLICATIONS)) {
            address = at.test().address();
            path = at.test().applicationPath(name);
        } else {
            address = at.test().address();
            path = at.test().stackComponentPath(name);
        }
        List<String> dropped = new ArrayList<>(List.of("scrape_interval", "scrape_timeout", "scheme", "tls_config",
                "basic_auth", "authorization", "oauth2", "proxy_url", "params"));
        job.fieldNames().forEachRemaining(field -> {
            if (field.endsWith("_sd_configs")) {
                dropped.add(field);
            }
        });
        job.remove(dropped);
        job.put("metrics_path", path);

        // Keep each static config's labels; only the address changes.
        ArrayNode statics = JsonNodeFactory.instance.arrayNode();
        for (JsonNode original : job.path("static_configs")) {
            ObjectNode copy = statics.addObject();
            copy.putArray("targets").add(address);
            if (original.has("labels")) {
                copy.set("labels", original.get("labels"));
            }
        }
        if (statics.isEmpty()) {
            statics.addObject().putArray("targets").add(address);
        }
        job.set("static_configs", statics);

        if (job.has("relabel_configs")) {
            Iterator<JsonNode> relabels = job.get("relabel_configs").elements();
            while (relabels.hasNext()) {
                if (ADDRESS_LABELS.contains(relabels.next().path("target_label").asText())) {
                    relabels.remove();
                }
            }
        }
    }
}
