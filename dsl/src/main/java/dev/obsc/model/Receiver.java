package dev.obsc.model;

import java.util.List;

public record Receiver(String name, List<Integration> integrations, SourcePosition position) {
    public Receiver {
        integrations = List.copyOf(integrations);
    }

    /** Integrations of one kind, in declaration order. */
    public <T extends Integration> List<T> integrationsOf(Class<T> kind) {
        return integrations.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
