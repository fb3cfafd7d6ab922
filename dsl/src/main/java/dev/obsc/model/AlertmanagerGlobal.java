package dev.obsc.model;

import java.util.Optional;

/** Alertmanager's global section: defaults the receivers inherit. */
public record AlertmanagerGlobal(String resolveTimeout, Optional<String> smtpSmarthost, Optional<String> smtpFrom,
                                 Optional<String> smtpAuthUsername, Optional<Secret> smtpAuthPassword,
                                 boolean smtpRequireTls, Optional<Secret> slackApiUrl) {
}
