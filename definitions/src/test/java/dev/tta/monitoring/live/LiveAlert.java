package dev.tta.monitoring.live;

import com.fasterxml.jackson.databind.JsonNode;
import dev.obsc.model.Matcher;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** An alert as Alertmanager holds it: labels and state (active, suppressed, unprocessed). */
record LiveAlert(Map<String, String> labels, String state, List<String> inhibitedBy) {
    LiveAlert {
        labels = Map.copyOf(labels);
        inhibitedBy = List.copyOf(inhibitedBy);
    }

    /** One element of Alertmanager's {@code GET /api/v2/alerts}. */
    static LiveAlert of(JsonNode alert) {
        Map<String, String> labels = new TreeMap<>();
        alert.path("labels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        List<String> inhibitedBy = new java.util.ArrayList<>();
        alert.path("status").path("inhibitedBy").forEach(fingerprint -> inhibitedBy.add(fingerprint.asText()));
        return new LiveAlert(labels, alert.path("status").path("state").asText(), inhibitedBy);
    }

    String name() {
        return label("alertname");
    }

    String job() {
        return label("job");
    }

    /** A missing label reads as empty, as in Alertmanager's matching. */
    String label(String name) {
        return labels.getOrDefault(name, "");
    }

    boolean is(String alertName, String job) {
        return name().equals(alertName) && job().equals(job);
    }

    boolean suppressedByInhibition() {
        return "suppressed".equals(state) && !inhibitedBy.isEmpty();
    }

    boolean matchesAll(List<Matcher> matchers) {
        return matchers.stream().allMatch(m -> m.matches(label(m.label())));
    }

    @Override
    public String toString() {
        return name() + "{job=" + job() + "} " + state;
    }
}
