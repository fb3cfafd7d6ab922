package dev.obsc.model;

/** One notification channel of a receiver. */
public sealed interface Integration
        permits EmailConfig, SlackConfig, PagerDutyConfig, OpsgenieConfig, WebhookConfig {

    /** Whether this integration wakes someone up: a pager, not a chat or a mailbox. */
    default boolean pages() {
        return this instanceof PagerDutyConfig || this instanceof OpsgenieConfig;
    }
}
