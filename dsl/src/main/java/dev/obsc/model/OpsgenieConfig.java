package dev.obsc.model;

import java.util.List;
import java.util.Optional;

/** Opsgenie; the API key is read from a file at deploy time. {@code teams} are responder teams. */
public record OpsgenieConfig(Secret apiKey, Optional<String> message, Optional<String> priority, List<String> teams,
                             boolean sendResolved) implements Integration {
    public OpsgenieConfig {
        teams = List.copyOf(teams);
    }
}
