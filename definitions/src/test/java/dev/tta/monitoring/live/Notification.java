package dev.tta.monitoring.live;

import java.util.Map;

/** One firing alert in one webhook notification Alertmanager sent, and to which receiver. */
record Notification(String receiver, Map<String, String> labels) {
    Notification {
        labels = Map.copyOf(labels);
    }

    String alertName() {
        return labels.getOrDefault("alertname", "");
    }

    String job() {
        return labels.getOrDefault("job", "");
    }

    @Override
    public String toString() {
        return alertName() + "{job=" + job() + "} -> " + receiver;
    }
}
