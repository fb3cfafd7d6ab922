package dev.obsc.model;

import java.util.Optional;

public record PagerDutyConfig(Secret routingKey, boolean sendResolved, Optional<String> description,
                              Optional<String> severity) implements Integration {
}
