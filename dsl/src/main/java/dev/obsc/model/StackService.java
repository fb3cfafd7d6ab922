package dev.obsc.model;

import java.util.List;
import java.util.Optional;

/**
 * One service of the stack: its name (also its host name on the stack's network), its role, the
 * pinned image it runs (none for applications the team deploys itself), its ports and health check.
 */
public record StackService(String name, ServiceRole role, Optional<String> image, List<ServicePort> ports,
                           Optional<HealthCheck> health, SourcePosition position) {
    public StackService {
        ports = List.copyOf(ports);
    }

    public Optional<ServicePort> port(String portName) {
        return ports.stream().filter(p -> p.name().equals(portName)).findFirst();
    }

    /** The port a name refers to; callers have checked it exists. */
    public int portNumber(String portName) {
        return port(portName).orElseThrow(() -> new IllegalArgumentException(name + " has no port " + portName)).port();
    }
}
