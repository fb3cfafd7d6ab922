package dev.tta.monitoring.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tta.monitoring.Jobs;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** What the live run changes in TTA.dev's generated files, and what it must leave alone. */
class LiveRewriteTest {
    private static final Path TREE = Path.of("..", "generated", "development");

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
        Path file = TREE.resolve("prometheus/alerting_rules.yml");
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
        Path file = TREE.resolve("alertmanager/alertmanager.yml");
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

    @Test
    void scrapeJobsKeepTheirNamesAndScrapeTheTest() throws Exception {
        Path file = TREE.resolve("prometheus/prometheus.yml");
        ObjectNode original = LiveRewrite.read(file);
        try (TestEndpoints test = new TestEndpoints(Map.of())) {
            ObjectNode live = LiveRewrite.prometheus(LiveRewrite.read(file), List.of(Path.of("/rules/a.yml")),
                    new LiveRewrite.Addresses(test, "127.0.0.1:1", "127.0.0.1:2"));

            List<String> jobs = jobNames(original);
            jobs.add(LiveRewrite.CONTROL_JOB);
            assertEquals(jobs, jobNames(live));
            for (JsonNode job : live.path("scrape_configs")) {
                String name = job.path("job_name").asText();
                String target = job.path("static_configs").get(0).path("targets").get(0).asText();
                String expected = name.equals(Jobs.PROMETHEUS) ? "127.0.0.1:1"
                        : name.equals(Jobs.ALERTMANAGER) ? "127.0.0.1:2" : test.address();
                assertEquals(expected, target, name);
                assertFalse(job.has("scrape_interval") || job.has("scrape_timeout"), name);
            }
            assertEquals("[\"/rules/a.yml\"]", live.path("rule_files").toString());
            assertEquals(original.path("global").path("external_labels"), live.path("global").path("external_labels"));
            assertEquals("127.0.0.1:2", live.path("alerting").path("alertmanagers").get(0)
                    .path("static_configs").get(0).path("targets").get(0).asText());
        }
    }

    private static List<String> jobNames(ObjectNode config) {
        List<String> names = new ArrayList<>();
        config.path("scrape_configs").forEach(job -> names.add(job.path("job_name").asText()));
        return names;
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
