package dev.obsc.model;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * One deployment of the stack and what differs in it: platform, the services it leaves out,
 * retention, intervals, labels, replicas, remote storage, where notifications go and whether anyone may be paged, and how
 * services are reached ({@code hosts}: a service's host name when not its own name, e.g. an
 * application on the Docker host; {@code domain}: external URLs are {@code https://<service>.<domain>},
 * or {@code http://localhost:<port>} without one).
 */
public record Environment(String name, Platform platform, java.util.SortedSet<String> omittedServices,
                          String retentionTime, Optional<String> retentionSize,
                          String scrapeInterval, String evaluationInterval, SortedMap<String, String> externalLabels,
                          int prometheusReplicas, int alertmanagerReplicas, List<RemoteWrite> remoteWrites,
                          SortedMap<String, String> hosts, Optional<String> namespace, Optional<String> domain,
                          ReceiverPolicy receiverPolicy, Optional<String> localWebhookUrl, boolean mayPage,
                          SourcePosition position) {
    public Environment {
        externalLabels = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(externalLabels));
        hosts = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(hosts));
        remoteWrites = List.copyOf(remoteWrites);
        omittedServices = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(omittedServices));
    }

    /** Whether the service runs (and is scraped) in this environment. */
    public boolean runs(String service) {
        return !omittedServices.contains(service);
    }

    /** The host name a service is reached by from the stack's network. */
    public String host(String service) {
        return hosts.getOrDefault(service, service);
    }
}
