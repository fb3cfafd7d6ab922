package dev.obsc.dsl;

import dev.obsc.model.Environment;
import dev.obsc.model.OtelPipeline;
import dev.obsc.model.ServiceRole;
import dev.obsc.model.Signal;
import dev.obsc.model.StackModel;
import dev.obsc.model.StackService;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The monitoring stack: services, scrape jobs, OpenTelemetry Collector pipelines and environments. */
public final class StackBuilder {
    private final List<StackService> services = new ArrayList<>();
    private final List<ScrapeJobBuilder> scrapeJobs = new ArrayList<>();
    private final List<OtelPipeline> pipelines = new ArrayList<>();
    private final List<EnvironmentBuilder> environments = new ArrayList<>();

    StackBuilder() {
    }

    /** A stack component running a pinned {@code image}, e.g. "prom/prometheus:v2.53.2". */
    public ServiceRef service(String name, ServiceRole role, String image, Consumer<ServiceBuilder> spec) {
        return declare(name, role, Optional.of(image), spec);
    }

    /** An application the team deploys itself; the stack only scrapes it. */
    public ServiceRef application(String name, Consumer<ServiceBuilder> spec) {
        return declare(name, ServiceRole.APPLICATION, Optional.empty(), spec);
    }

    private ServiceRef declare(String name, ServiceRole role, Optional<String> image, Consumer<ServiceBuilder> spec) {
        ServiceBuilder builder = new ServiceBuilder();
        spec.accept(builder);
        services.add(new StackService(name, role, image, builder.ports(), builder.health(), Positions.caller()));
        return new ServiceRef(name);
    }

    /** A Prometheus scrape job named {@code jobName} (the {@code job} label) of one service port. */
    public ScrapeJobBuilder scrape(String jobName, PortRef target) {
        ScrapeJobBuilder builder = new ScrapeJobBuilder(jobName, target, Positions.caller());
        scrapeJobs.add(builder);
        return builder;
    }

    /** A collector pipeline: {@code signal} received over OTLP and exported to {@code destination}. */
    public StackBuilder pipeline(Signal signal, PortRef destination) {
        pipelines.add(new OtelPipeline(signal, destination.service(), destination.port(), Positions.caller()));
        return this;
    }

    public StackBuilder environment(String name, Consumer<EnvironmentBuilder> spec) {
        EnvironmentBuilder builder = new EnvironmentBuilder(name, Positions.caller());
        spec.accept(builder);
        environments.add(builder);
        return this;
    }

    StackModel build() {
        List<Environment> envs = environments.stream().map(EnvironmentBuilder::build).toList();
        return new StackModel(services, scrapeJobs.stream().map(ScrapeJobBuilder::build).toList(), pipelines, envs);
    }
}
