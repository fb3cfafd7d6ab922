package dev.obsc.dsl;

import dev.obsc.model.EmailConfig;
import dev.obsc.model.Integration;
import dev.obsc.model.OpsgenieConfig;
import dev.obsc.model.PagerDutyConfig;
import dev.obsc.model.Secret;
import dev.obsc.model.SlackConfig;
import dev.obsc.model.WebhookConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The notification channels of one receiver. Resolved notifications are sent unless stated otherwise. */
public final class ReceiverBuilder {
    private final List<Integration> integrations = new ArrayList<>();

    ReceiverBuilder() {
    }

    public ReceiverBuilder email(String to) {
        integrations.add(new EmailConfig(to, true, Optional.empty(), Optional.empty()));
        return this;
    }

    /** Email with a subject and HTML body, both Go templates (may call templates declared with {@code template}). */
    public ReceiverBuilder email(String to, String subject, String html) {
        integrations.add(new EmailConfig(to, true, Optional.of(subject), Optional.of(html)));
        return this;
    }

    /** Slack, through the global Slack webhook URL. */
    public ReceiverBuilder slack(String channel) {
        integrations.add(new SlackConfig(channel, Optional.empty(), true, Optional.empty(), Optional.empty()));
        return this;
    }

    public ReceiverBuilder slack(String channel, String title, String text) {
        integrations.add(new SlackConfig(channel, Optional.empty(), true, Optional.of(title), Optional.of(text)));
        return this;
    }

    /** Slack through a webhook URL of its own, read from a file at deploy time. */
    public ReceiverBuilder slack(String channel, Secret webhookUrl) {
        integrations.add(new SlackConfig(channel, Optional.of(webhookUrl), true, Optional.empty(), Optional.empty()));
        return this;
    }

    /** PagerDuty Events API v2; the routing key is read from a file at deploy time. */
    public ReceiverBuilder pagerDuty(Secret routingKey) {
        integrations.add(new PagerDutyConfig(routingKey, true, Optional.empty(), Optional.empty()));
        return this;
    }

    /** Opsgenie with a priority (P1-P5) for the given responder teams; the API key is read from a file. */
    public ReceiverBuilder opsgenie(Secret apiKey, String priority, String... teams) {
        integrations.add(new OpsgenieConfig(apiKey, Optional.empty(), Optional.of(priority), List.of(teams), true));
        return this;
    }

    /**
     * A webhook. Alertmanager 0.25 has no Microsoft Teams integration: reach Teams through a
     * webhook bridge such as prometheus-msteams.
     */
    public ReceiverBuilder webhook(String url) {
        integrations.add(new WebhookConfig(url, true, 0));
        return this;
    }

    List<Integration> integrations() {
        return integrations;
    }
}
