package dev.tta.monitoring.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Records what Alertmanager delivers to the webhook that replaces every receiver's integrations.
 * The payload names the receiver (Alertmanager's webhook format), so one URL serves them all.
 */
final class WebhookRecorder {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<Notification> notifications = new ArrayList<>();

    void record(InputStream body) throws IOException {
        JsonNode payload = JSON.readTree(body);
        String receiver = payload.path("receiver").asText();
        List<Notification> received = new ArrayList<>();
        for (JsonNode alert : payload.path("alerts")) {
            if (!"firing".equals(alert.path("status").asText())) {
                continue;
            }
            Map<String, String> labels = new TreeMap<>();
            alert.path("labels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
            received.add(new Notification(receiver, labels));
        }
        synchronized (this) {
            notifications.addAll(received);
        }
    }

    synchronized List<Notification> notifications() {
        return List.copyOf(notifications);
    }
}
