package dev.obsc.model;

import java.util.Optional;

/** A Slack channel; the webhook URL comes from the global setting unless {@code apiUrl} is given. */
public record SlackConfig(String channel, Optional<Secret> apiUrl, boolean sendResolved,
                          Optional<String> title, Optional<String> text) implements Integration {
}
