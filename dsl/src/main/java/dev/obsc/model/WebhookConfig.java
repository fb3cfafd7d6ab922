package dev.obsc.model;

public record WebhookConfig(String url, boolean sendResolved, int maxAlerts) implements Integration {
}
