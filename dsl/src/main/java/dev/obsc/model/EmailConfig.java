package dev.obsc.model;

import java.util.Optional;

public record EmailConfig(String to, boolean sendResolved, Optional<String> subject,
                          Optional<String> html) implements Integration {
}
