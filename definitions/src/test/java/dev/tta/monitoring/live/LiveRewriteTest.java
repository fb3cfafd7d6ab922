package dev.tta.monitoring.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the live run changes in TTA.dev's generated files, and what it must leave alone. */
class LiveRewriteTest {
    private static final Path GENERATED = Path.of("..", "generated");

    @Test
    void durationsShrinkInProportion() {
        assertEquals("1s", LiveRewrite.compress("1m", 60));
        assertEquals("2s", LiveRewrite.compress("2m", 60));
        assertEquals("1m", LiveRewrite.compress("1h", 60));
        assertEquals("1s", LiveRewrite.compress("10s", 30));
        assertEquals("10s", LiveRewrite.compress("5m", 30));
    }

    @Test
    void rulesKeepTheirExpressionsAndOnlyWaitLess() {
        Path file = GENERATED.resolve("prometheus/alerting_rules.yml");
        ObjectNode original = LiveRewrite.read(file);
        ObjectNode live = LiveRewrite.ruleFile(LiveRewrite.read(file));
        for (int g = 0; g < original.path("groups").size(); g++) {
            assertEquals(LiveRewrite.EVALUATION_INTERVAL, live.path("groups").get(g).path("interval").asText());
            JsonNode before = original.path("groups").get(g).path("rules");
            JsonNode after = live.path("groups").get(g).path("rules");
            for (int r = 0; r < before.size(); r++) {
                ObjectNode expected = before.get(r).deepCopy();
                if (expected.has("for")) {
                    expected.put("for", LiveRewrite.compress(expected.path("for").asText(), 60));
                }
                assertEquals(expected, after.get(r));
            }
        }
    }

    @Test
    void receiversKeepTheirNamesAndTheRouteTreeStays() {
        Path file = GENERATED.resolve("alertmanager/alertmanager.yml");
        ObjectNode original = LiveRewrite.read(file);
        ObjectNode live = LiveRewrite.alertmanager(LiveRewrite.read(file), "http://127.0.0.1:1/hook");

        assertEquals(names(original.path("receivers")), names(live.path("receivers")));
        for (JsonNode receiver : live.path("receivers")) {
            assertEquals(List.of("name", "webhook_configs"), fields(receiver));
            assertEquals("http://127.0.0.1:1/hook", receiver.path("webhook_configs").get(0).path("url").asText());
        }
        assertEquals(original.path("inhibit_rules"), live.path("inhibit_rules"));
        assertEquals(original.path("time_intervals"), live.path("time_intervals"));
        assertEquals(withoutTimers(original.path("route")), withoutTimers(live.path("route")));
        assertEquals("1s", live.path("route").path("group_wait").asText());
    }

    private static List<String> names(JsonNode receivers) {
        List<String> names = new ArrayList<>();
        receivers.forEach(r -> names.add(r.path("name").asText()));
        return names;
    }

    private static List<String> fields(JsonNode node) {
        List<String> fields = new ArrayList<>();
        node.fieldNames().forEachRemaining(fields::add);
        return fields;
    }

    private static JsonNode withoutTimers(JsonNode route) {
        ObjectNode copy = route.deepCopy();
        copy.remove(List.of("group_wait", "group_interval"));
        if (copy.has("routes")) {
            List<JsonNode> children = new ArrayList<>();
            copy.path("routes").forEach(child -> children.add(withoutTimers(child)));
            copy.putArray("routes").addAll(children);
        }
        return copy;
    }
}
