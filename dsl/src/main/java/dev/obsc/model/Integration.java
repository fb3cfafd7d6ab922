package dev.obsc.model;

/** One notification channel of a receiver. */
public sealed interface Integration permits EmailConfig, SlackConfig, PagerDutyConfig, WebhookConfig {
}
