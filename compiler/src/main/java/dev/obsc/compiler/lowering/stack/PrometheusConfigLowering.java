package dev.obsc.compiler.lowering.stack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.obsc.compiler.lowering.Trees;
import dev.obsc.model.Environment;
import dev.obsc.model.Platform;
import dev.obsc.model.Relabeling;
import dev.obsc.model.RemoteWrite;
import dev.obsc.model.ScrapeJob;
import dev.obsc.model.ServiceRole;
import dev.obsc.model.StackModel;
import dev.obsc.model.StackService;

import java.util.List;
import java.util.TreeMap;

/**
 * An environment's {@code prometheus.yml}: global intervals and external labels, the rule files,
 * the Alertmanagers, one scrape config per job (static targets on Compose, Kubernetes services
 * discovered through cluster DNS otherwise) and remote write.
 */
public final class PrometheusConfigLowering {
    public static final String PATH = "prometheus/prometheus.yml";
    public static final String SCHEMA = "prometheus-config.schema.json";
    /** The external label naming the environment every series and alert leaves with. */
    public static final String ENVIRONMENT_LABEL = "environment";
    /** Kubernetes' default cluster domain, under which Services have DNS names. */
    public static final String CLUSTER_DOMAIN = "cluster.local";

    private final StackModel stack;

    public PrometheusConfigLowering(StackModel stack) {
        this.stack = stack;
    }

    /** @param ruleFiles the rule files, relative to prometheus.yml */
    public ObjectNode lower(Environment environment, List<String> ruleFiles) {
        ObjectNode config = Trees.object();
        ObjectNode global = config.putObject("global");
        global.put("scrape_interval", environment.scrapeInterval());
        global.put("evaluation_interval", environment.evaluationInterval());
        TreeMap<String, String> labels = new TreeMap<>(environment.externalLabels());
        labels.put(ENVIRONMENT_LABEL, environment.name());
        global.set("external_labels", Trees.map(labels));
        config.set("rule_files", Trees.strings(ruleFiles));
        config.putObject("alerting").set("alertmanagers", alertmanagers(environment));
        config.set("scrape_configs", scrapeConfigs(environment));
        if (!environment.remoteWrites().isEmpty()) {
            ArrayNode remote = config.putArray("remote_write");
            environment.remoteWrites().forEach(write -> remote.add(remoteWrite(write)));
        }
        return config;
    }

    /** The scrape configs alone, as prometheus-operator's additional scrape configs take them. */
    public ArrayNode scrapeConfigs(Environment environment) {
        ArrayNode configs = Trees.array();
        stack.scrapeJobs().stream().filter(job -> environment.runs(job.service()))
                .forEach(job -> configs.add(scrapeConfig(environment, job)));
        return configs;
    }

    private ArrayNode alertmanagers(Environment environment) {
        ArrayNode list = Trees.array();
        Endpoints.running(stack, environment, ServiceRole.ALERTMANAGER).ifPresent(am -> {
            ObjectNode node = list.addObject();
            String port = Endpoints.mainPort(am).name();
            if (environment.platform() == Platform.KUBERNETES) {
                discover(node, environment, am, port);
            } else {
                node.putArray("static_configs").addObject()
                        .set("targets", Trees.strings(List.of(Endpoints.address(environment, am, port))));
            }
        });
        return list;
    }

    private ObjectNode scrapeConfig(Environment environment, ScrapeJob job) {
        ObjectNode node = Trees.object();
        node.put("job_name", job.name());
        job.interval().ifPresent(v -> node.put("scrape_interval", v));
        job.timeout().ifPresent(v -> node.put("scrape_timeout", v));
        node.put("metrics_path", job.metricsPath());
        if (job.honorLabels()) {
            node.put("honor_labels", true);
        }
        StackService service = stack.service(job.service()).orElseThrow();
        if (environment.platform() == Platform.KUBERNETES) {
            discover(node, environment, service, job.port());
        } else {
            node.putArray("static_configs").addObject()
                    .set("targets", Trees.strings(List.of(Endpoints.address(environment, service, job.port()))));
        }
        if (!job.relabelings().isEmpty()) {
            ArrayNode relabel = node.putArray("relabel_configs");
            job.relabelings().forEach(r -> relabel.add(relabeling(r)));
        }
        return node;
    }

    /**
     * Kubernetes service discovery through cluster DNS: the SRV record of the Service named like the
     * stack service, for its port of that name, lists every ready endpoint (one per pod of a headless
     * Service). Chosen over {@code kubernetes_sd_configs} because it needs no API access and every
     * Prometheus build supports it (Debian's promtool, which checks these files, lacks Kubernetes SD).
     */
    private static void discover(ObjectNode node, Environment environment, StackService service, String port) {
        ObjectNode sd = node.putArray("dns_sd_configs").addObject();
        sd.set("names", Trees.strings(List.of(srvName(environment, service, port))));
        sd.put("type", "SRV");
    }

    /** The cluster DNS SRV name of a Service port: _port._tcp.service.namespace.svc.cluster.local. */
    public static String srvName(Environment environment, StackService service, String port) {
        return "_" + port + "._tcp." + service.name() + "." + environment.namespace().orElseThrow() + ".svc."
                + CLUSTER_DOMAIN;
    }

    private static ObjectNode relabeling(Relabeling r) {
        ObjectNode node = Trees.object();
        if (!r.sourceLabels().isEmpty()) {
            node.set("source_labels", Trees.strings(r.sourceLabels()));
        }
        node.put("action", r.action());
        node.put("regex", r.regex());
        if (r.targetLabel() != null) {
            node.put("target_label", r.targetLabel());
        }
        if (r.replacement() != null) {
            node.put("replacement", r.replacement());
        }
        return node;
    }

    private static ObjectNode remoteWrite(RemoteWrite write) {
        ObjectNode node = Trees.object();
        node.put("url", write.url());
        if (write.username().isPresent() || write.password().isPresent()) {
            ObjectNode auth = node.putObject("basic_auth");
            write.username().ifPresent(u -> auth.put("username", u));
            write.password().ifPresent(p -> auth.put("password_file", p.file()));
        }
        return node;
    }
}
