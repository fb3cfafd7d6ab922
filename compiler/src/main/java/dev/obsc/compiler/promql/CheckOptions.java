package dev.obsc.compiler.promql;

import java.util.Objects;
import java.util.Optional;

/**
 * How an expression is used, which decides some checks.
 *
 * @param role           a plain query, a recording rule or an alert condition
 * @param scrapeInterval if known, ranges shorter than four scrape intervals are reported
 */
public record CheckOptions(Role role, Optional<Duration> scrapeInterval) {

    public enum Role {
        /** A dashboard or ad-hoc query. */
        QUERY,
        /** A recording rule: a comparison without {@code bool} at the top is an error. */
        RECORDING_RULE,
        /** An alerting rule: the expression must be a condition that can filter series out. */
        ALERT
    }

    public CheckOptions {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(scrapeInterval, "scrapeInterval");
    }

    public static CheckOptions query() {
        return new CheckOptions(Role.QUERY, Optional.empty());
    }

    public static CheckOptions recordingRule() {
        return new CheckOptions(Role.RECORDING_RULE, Optional.empty());
    }

    public static CheckOptions alert() {
        return new CheckOptions(Role.ALERT, Optional.empty());
    }

    public CheckOptions withScrapeInterval(Duration interval) {
        return new CheckOptions(role, Optional.of(interval));
    }
}
