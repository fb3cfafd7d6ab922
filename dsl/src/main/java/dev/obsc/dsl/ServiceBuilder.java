package dev.obsc.dsl;

import dev.obsc.model.HealthCheck;
import dev.obsc.model.ServicePort;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The ports and health check of a stack service. */
public final class ServiceBuilder {
    private final List<ServicePort> ports = new ArrayList<>();
    private HealthCheck health;

    ServiceBuilder() {
    }

    /** A port also published on the Docker host (Compose), e.g. a UI or an ingest endpoint. */
    public ServiceBuilder port(String name, int port) {
        ports.add(new ServicePort(name, port, true));
        return this;
    }

    /** A port reached only by the other services (metrics, admin, internal ingest). */
    public ServiceBuilder internalPort(String name, int port) {
        ports.add(new ServicePort(name, port, false));
        return this;
    }

    /** Healthy while {@code path} on port {@code port} answers 200; the image can probe itself with wget. */
    public ServiceBuilder health(String port, String path) {
        this.health = new HealthCheck(port, path, true);
        return this;
    }

    /** As {@link #health}, for an image without a shell or wget: only probed from outside (Kubernetes). */
    public ServiceBuilder healthFromOutside(String port, String path) {
        this.health = new HealthCheck(port, path, false);
        return this;
    }

    List<ServicePort> ports() {
        return List.copyOf(ports);
    }

    Optional<HealthCheck> health() {
        return Optional.ofNullable(health);
    }
}
