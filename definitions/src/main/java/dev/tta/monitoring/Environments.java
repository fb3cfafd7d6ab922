package dev.tta.monitoring;

import dev.obsc.dsl.StackBuilder;
import dev.obsc.model.Secret;

/**
 * Where TTA.dev's stack runs, and what differs there. Development and testing run on Docker
 * Compose next to the application, leave out what they do not exercise, and notify nobody
 * (every receiver posts to a local webhook, the route tree stays); staging and production run on Kubernetes; only production pages,
 * runs highly available and writes to long-term storage.
 */
public final class Environments {
    /** Where development and testing deliver every notification: a listener on the developer's machine. */
    public static final String LOCAL_WEBHOOK = "http://host.docker.internal:5001/alerts";

    public static final String DEVELOPMENT = "development";
    public static final String TESTING = "testing";
    public static final String STAGING = "staging";
    public static final String PRODUCTION = "production";
    /** Every environment, in the order they are declared (and promoted through). */
    public static final java.util.List<String> NAMES = java.util.List.of(DEVELOPMENT, TESTING, STAGING, PRODUCTION);

    private Environments() {
    }

    public static void declare(StackBuilder stack, Stack services) {
        stack.environment(DEVELOPMENT, env -> env
                .compose()
                // A laptop's own host metrics are of no interest.
                .without(services.nodeExporter)
                .retention("1d", "2GB")
                // Immediate feedback while developing: a change shows within seconds.
                .scrapeInterval("5s").evaluationInterval("5s")
                // The application runs on the developer's machine, outside Docker.
                .host(services.primitives, "host.docker.internal")
                .receiversTo(LOCAL_WEBHOOK)
                .neverPages());
        stack.environment(TESTING, env -> env
                .compose()
                // CI checks metrics, alerts, traces and logs; host metrics and batch pushes are not under test.
                .without(services.nodeExporter, services.pushgateway)
                .retention("7d", "10GB")
                // CI runs are short: scrape and evaluate faster to see results sooner.
                .scrapeInterval("5s").evaluationInterval("5s")
                .host(services.primitives, "host.docker.internal")
                .receiversTo(LOCAL_WEBHOOK)
                .neverPages());
        stack.environment(STAGING, env -> env
                .kubernetes("tta-staging")
                .retention("30d", "50GB")
                .externalLabel("cluster", "tta-staging")
                .domain("staging.tta.dev")
                .withoutPaging()
                .neverPages());
        stack.environment(PRODUCTION, env -> env
                .kubernetes("tta-production")
                .retention("90d", "400GB")
                .externalLabel("cluster", "tta-production")
                .domain("tta.dev")
                .replicas(2, 3)
                .remoteWrite("https://metrics-archive.tta.dev/api/v1/write", "tta-production",
                        new Secret("/etc/prometheus/secrets/remote_write_password")));
    }
}
