package dev.obsc.dsl;

import dev.obsc.model.Environment;
import dev.obsc.model.Platform;
import dev.obsc.model.ReceiverPolicy;
import dev.obsc.model.RemoteWrite;
import dev.obsc.model.Secret;
import dev.obsc.model.SourcePosition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What one environment makes different. Defaults: Docker Compose, 15d retention, 15s scrapes and
 * evaluations, one replica each, receivers deliver as declared, paging allowed.
 */
public final class EnvironmentBuilder {
    private final String name;
    private final SourcePosition position;
    private Platform platform = Platform.COMPOSE;
    private final java.util.TreeSet<String> omitted = new java.util.TreeSet<>();
    private String retentionTime = "15d";
    private String retentionSize;
    private String scrapeInterval = "15s";
    private String evaluationInterval = "15s";
    private final TreeMap<String, String> externalLabels = new TreeMap<>();
    private int prometheusReplicas = 1;
    private int alertmanagerReplicas = 1;
    private final List<RemoteWrite> remoteWrites = new ArrayList<>();
    private final TreeMap<String, String> hosts = new TreeMap<>();
    private String namespace;
    private String domain;
    private ReceiverPolicy receiverPolicy = ReceiverPolicy.DELIVER;
    private String localWebhookUrl;
    private boolean mayPage = true;

    EnvironmentBuilder(String name, SourcePosition position) {
        this.name = name;
        this.position = position;
    }

    /** Runs on Docker Compose; the tree gets a docker-compose.yml. */
    public EnvironmentBuilder compose() {
        this.platform = Platform.COMPOSE;
        return this;
    }

    /** Runs on Kubernetes in {@code namespace} with prometheus-operator; services are discovered there. */
    public EnvironmentBuilder kubernetes(String namespace) {
        this.platform = Platform.KUBERNETES;
        this.namespace = namespace;
        return this;
    }

    /** Leave these services out here: not deployed, not scraped, no pipeline to them. */
    public EnvironmentBuilder without(ServiceRef... services) {
        for (ServiceRef service : services) {
            omitted.add(service.name());
        }
        return this;
    }

    /** How long Prometheus keeps samples, e.g. "30d"; and optionally at most how much, e.g. "50GB". */
    public EnvironmentBuilder retention(String time) {
        this.retentionTime = time;
        return this;
    }

    public EnvironmentBuilder retention(String time, String size) {
        this.retentionTime = time;
        this.retentionSize = size;
        return this;
    }

    public EnvironmentBuilder scrapeInterval(String duration) {
        this.scrapeInterval = duration;
        return this;
    }

    public EnvironmentBuilder evaluationInterval(String duration) {
        this.evaluationInterval = duration;
        return this;
    }

    /** A label every series and alert leaving this Prometheus carries (the environment's name is always one). */
    public EnvironmentBuilder externalLabel(String label, String value) {
        externalLabels.put(label, value);
        return this;
    }

    /** High availability: how many Prometheus and Alertmanager replicas run (Kubernetes). */
    public EnvironmentBuilder replicas(int prometheus, int alertmanager) {
        this.prometheusReplicas = prometheus;
        this.alertmanagerReplicas = alertmanager;
        return this;
    }

    public EnvironmentBuilder remoteWrite(String url) {
        remoteWrites.add(new RemoteWrite(url, Optional.empty(), Optional.empty()));
        return this;
    }

    /** Remote write with basic auth; the password is read from a file at run time. */
    public EnvironmentBuilder remoteWrite(String url, String username, Secret password) {
        remoteWrites.add(new RemoteWrite(url, Optional.of(username), Optional.of(password)));
        return this;
    }

    /** Reach {@code service} at {@code host} instead of its own name (e.g. an application on the Docker host). */
    public EnvironmentBuilder host(ServiceRef service, String host) {
        hosts.put(service.name(), host);
        return this;
    }

    /** External URLs are https://&lt;service&gt;.&lt;domain&gt; (http://localhost:&lt;port&gt; without a domain). */
    public EnvironmentBuilder domain(String domain) {
        this.domain = domain;
        return this;
    }

    /** Keep the receivers, but drop their pagers: mail and chat only. */
    public EnvironmentBuilder withoutPaging() {
        this.receiverPolicy = ReceiverPolicy.WITHOUT_PAGING;
        return this;
    }

    /** Every receiver posts to {@code url} instead: nobody is notified, the route tree stays testable. */
    public EnvironmentBuilder receiversTo(String url) {
        this.receiverPolicy = ReceiverPolicy.LOCAL_WEBHOOK;
        this.localWebhookUrl = url;
        return this;
    }

    /** Declares that this environment must never page anyone; the compiler checks its receivers keep to it. */
    public EnvironmentBuilder neverPages() {
        this.mayPage = false;
        return this;
    }

    Environment build() {
        return new Environment(name, platform, omitted, retentionTime, Optional.ofNullable(retentionSize), scrapeInterval,
                evaluationInterval, externalLabels, prometheusReplicas, alertmanagerReplicas, remoteWrites, hosts,
                Optional.ofNullable(namespace), Optional.ofNullable(domain), receiverPolicy,
                Optional.ofNullable(localWebhookUrl), mayPage, position);
    }
}
