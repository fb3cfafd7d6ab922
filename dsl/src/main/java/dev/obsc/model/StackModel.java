package dev.obsc.model;

import java.util.List;

/**
 * The monitoring stack itself: its services, what Prometheus scrapes, the OpenTelemetry Collector
 * pipelines, and the environments it is deployed to. Without environments the compiler emits the
 * rules, Alertmanager and Grafana files once, at the top of the output.
 */
public record StackModel(List<StackService> services, List<ScrapeJob> scrapeJobs, List<OtelPipeline> pipelines,
                         List<Environment> environments) {
    public static final StackModel NONE = new StackModel(List.of(), List.of(), List.of(), List.of());

    public StackModel {
        services = List.copyOf(services);
        scrapeJobs = List.copyOf(scrapeJobs);
        pipelines = List.copyOf(pipelines);
        environments = List.copyOf(environments);
    }

    public java.util.Optional<StackService> service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The first service of a role, e.g. the Prometheus the others are wired to. */
    public java.util.Optional<StackService> serviceOf(ServiceRole role) {
        return services.stream().filter(s -> s.role() == role).findFirst();
    }
}
