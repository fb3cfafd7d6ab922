package dev.obsc.compiler.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Polls {@code /api/v1/rules} until every rule group has been evaluated {@code rounds} times and
 * collects the {@code evaluationTime} of each evaluation (Prometheus reports the last one only, so
 * a new {@code lastEvaluation} marks a new evaluation). Fails when a rule reports an error: the
 * figures of a failing rule would mean nothing.
 */
final class RuleEvaluationWatch {
    private static final String NEVER = "0001-01-01T00:00:00Z";
    private static final long POLL_MILLIS = 2_000;

    private RuleEvaluationWatch() {
    }

    static List<GroupEvaluations> await(PrometheusServer server, int rounds, Duration timeout)
            throws IOException, InterruptedException {
        Map<String, String> lastSeen = new LinkedHashMap<>();
        Map<String, List<Double>> seconds = new LinkedHashMap<>();
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        while (true) {
            JsonNode groups = server.getJson("/api/v1/rules").path("data").path("groups");
            List<GroupEvaluations> observed = new ArrayList<>();
            boolean complete = groups.size() > 0;
            for (JsonNode group : groups) {
                String key = group.path("file").asText() + ';' + group.path("name").asText();
                String last = group.path("lastEvaluation").asText(NEVER);
                if (!last.startsWith("0001-") && !last.equals(lastSeen.get(key))) {
                    lastSeen.put(key, last);
                    seconds.computeIfAbsent(key, k -> new ArrayList<>()).add(group.path("evaluationTime").asDouble());
                }
                for (JsonNode rule : group.path("rules")) {
                    if (rule.path("health").asText().equals("err")) {
                        throw new IllegalStateException("rule " + rule.path("name").asText() + " in group "
                                + group.path("name").asText() + " fails: " + rule.path("lastError").asText());
                    }
                }
                List<Double> times = seconds.getOrDefault(key, List.of());
                complete &= times.size() >= rounds;
                observed.add(new GroupEvaluations(group.path("file").asText(), group.path("name").asText(),
                        group.path("interval").asDouble(), group.path("rules").size(), times));
            }
            if (complete) {
                return observed;
            }
            if (!server.isAlive()) {
                throw new IllegalStateException("prometheus exited:\n" + server.logTail());
            }
            if (System.currentTimeMillis() > deadline) {
                long pending = observed.stream().filter(g -> g.seconds().size() < rounds).count();
                throw new IllegalStateException(pending + " rule groups were not evaluated " + rounds + " times within "
                        + timeout.toSeconds() + " s");
            }
            Thread.sleep(POLL_MILLIS);
        }
    }
}
