package dev.tta.monitoring.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.obsc.compiler.analysis.Analyzer;
import dev.obsc.compiler.analysis.routing.AlertLabels;
import dev.obsc.compiler.analysis.routing.AlertRouting;
import dev.obsc.compiler.analysis.routing.Certainty;
import dev.obsc.compiler.analysis.routing.Delivery;
import dev.obsc.compiler.analysis.routing.RoutingTable;
import dev.obsc.compiler.diagnostics.Diagnostics;
import dev.obsc.model.MonitoringModel;
import dev.tta.monitoring.Alerts;
import dev.tta.monitoring.Jobs;
import dev.tta.monitoring.TtaMonitoring;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * TTA.dev's development environment as generated (prometheus.yml, rule files, alertmanager.yml),
 * run by the real prometheus and alertmanager binaries against a synthetic TTA.dev
 * ({@link LiveCheck}); and the same check
 * failing on a rule or a route broken on purpose. Each run takes some 10-45 s.
 */
class LiveStackIT {
    private static final MonitoringModel MODEL = new TtaMonitoring().define();
    /** The environment a live run on one machine resembles most: static targets, nobody paged. */
    private static final String ENVIRONMENT = "development";
    private static final Path TREE = Path.of("..", "generated", ENVIRONMENT);
    private static final RoutingTable ROUTING = Analyzer.analyze(MODEL, new Diagnostics()).routing();

    @Test
    void theGeneratedConfigurationFiresRoutesAndInhibitsLive() throws Exception {
        LiveCheck.Report report = run(Faults.NONE);
        // Whatever the check found, the servers are gone.
        assertNothingLeftRunning(report);

        assertEquals(List.of(), report.problems());
        Set<String> errorRateReceivers = report.notifications().stream()
                .filter(n -> n.alertName().equals(Alerts.HIGH_ERROR_RATE))
                .map(Notification::receiver).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("critical", "platform-team"), errorRateReceivers);
    }

    @Test
    void aThresholdTheErrorSpikeCannotReachIsReported() throws Exception {
        // As if the definitions said 50% where they mean 5%: the spike (30%) never fires the alert.
        LiveCheck.Report report = run(Faults.inRules(rules -> {
            forEachRule(rules, rule -> {
                if (rule.path("alert").asText().equals(Alerts.HIGH_ERROR_RATE)) {
                    String expr = rule.path("expr").asText();
                    assertTrue(expr.endsWith("> 0.05"), expr);
                    rule.set("expr", TextNode.valueOf(expr.replace("> 0.05", "> 0.5")));
                }
            });
            return rules;
        }));
        // Whatever the check found, the servers are gone.
        assertNothingLeftRunning(report);

        assertProblem(report, Alerts.HIGH_ERROR_RATE + "{job=" + Jobs.TTA_PRIMITIVES + "} was not notified");
    }

    @Test
    void aRouteToTheWrongReceiverAndAMissingInhibitionAreReported() throws Exception {
        // Two independent mistakes in one run (each live run costs half a minute): the critical route
        // sends to the default receiver, so the page never reaches "critical"; and the inhibit rules
        // are gone, so the cache alerts of the failing job are notified, and its error alert is not
        // muted when the job goes down.
        LiveCheck.Report report = run(Faults.inAlertmanager(config -> {
            for (JsonNode route : config.path("route").path("routes")) {
                if (route.path("receiver").asText().equals("critical")) {
                    ((ObjectNode) route).put("receiver", "default");
                }
            }
            config.remove("inhibit_rules");
            return config;
        }));
        // Whatever the check found, the servers are gone.
        assertNothingLeftRunning(report);

        assertProblem(report, Alerts.HIGH_ERROR_RATE + "{job=" + Jobs.TTA_PRIMITIVES
                + "} reached [default, platform-team], the compiler's routing table says [critical, platform-team]");
        assertProblem(report, "notified although " + Alerts.HIGH_ERROR_RATE + " fires in its job: "
                + Alerts.LOW_CACHE_HIT_RATE + "{job=" + Jobs.TTA_PRIMITIVES + "}");
        assertProblem(report, Alerts.LOW_CACHE_HIT_RATE + "{job=" + Jobs.TTA_PRIMITIVES
                + "} active: the declared inhibit rules say inhibited");
        assertProblem(report, Alerts.HIGH_ERROR_RATE + "{job=" + Jobs.TTA_PRIMITIVES + "} is not muted while "
                + Alerts.SERVICE_DOWN + " fires");
    }

    @Test
    void aRuleThatFailsToEvaluateIsReported() throws Exception {
        // Matching on no labels while two jobs are scraped: Prometheus loads it, then fails every evaluation.
        String broken = "job:tta_primitive_errors:ratio_rate5m";
        LiveCheck.Report report = run(Faults.inRules(rules -> {
            forEachRule(rules, rule -> {
                if (rule.path("record").asText().equals(broken)) {
                    rule.put("expr", "job:tta_primitive_errors:rate5m / on() job:tta_primitive_executions:rate5m");
                }
            });
            return rules;
        }));
        // Whatever the check found, the servers are gone.
        assertNothingLeftRunning(report);

        assertProblem(report, "rule group tta_performance, rule " + broken + ": health err");
    }

    /** What the live check relies on is what the definitions declare, independent of the time of day. */
    @Test
    void theCheckedAlertsRouteAtAnyTimeAndTheCheckedInhibitionsAreDeclared() {
        for (String alert : List.of(Alerts.HIGH_ERROR_RATE, Alerts.HIGH_LATENCY, Alerts.LOW_CACHE_HIT_RATE,
                Alerts.SERVICE_DOWN)) {
            List<Delivery> deliveries = ROUTING.alerts().stream()
                    .filter(a -> a.labels().alert().name().equals(alert))
                    .flatMap(a -> a.deliveries().stream()).toList();
            assertFalse(deliveries.isEmpty(), alert);
            assertTrue(deliveries.stream().allMatch(d -> d.activeTimeIntervals().isEmpty()
                    && d.muteTimeIntervals().isEmpty()), () -> alert + " is delivered only at times: " + deliveries);
        }
        assertTrue(inhibits(Alerts.HIGH_ERROR_RATE, Alerts.LOW_CACHE_HIT_RATE));
        assertTrue(inhibits(Alerts.HIGH_ERROR_RATE, Alerts.MODERATE_LOW_CACHE_HIT_RATE));
        assertTrue(inhibits(Alerts.LOW_CACHE_HIT_RATE, Alerts.MODERATE_LOW_CACHE_HIT_RATE));
        assertTrue(inhibits(Alerts.SERVICE_DOWN, Alerts.HIGH_ERROR_RATE));
    }

    private static boolean inhibits(String source, String target) {
        return MODEL.alertmanager().inhibitRules().stream().anyMatch(rule ->
                labelsOf(source).matchesAll(rule.source()) == Certainty.YES
                        && labelsOf(target).matchesAll(rule.target()) == Certainty.YES);
    }

    private static AlertLabels labelsOf(String alert) {
        return ROUTING.alerts().stream().map(AlertRouting::labels)
                .filter(labels -> labels.alert().name().equals(alert)).findFirst().orElseThrow();
    }

    private static LiveCheck.Report run(Faults faults) throws Exception {
        assertTrue(MODEL.stack().environments().stream().anyMatch(e -> e.name().equals(ENVIRONMENT)));
        return LiveCheck.run(MODEL, TREE.resolve("prometheus/prometheus.yml"),
                TREE.resolve("alertmanager/alertmanager.yml"), faults);
    }

    private static void forEachRule(ObjectNode rules, java.util.function.Consumer<ObjectNode> action) {
        for (JsonNode group : rules.path("groups")) {
            group.path("rules").forEach(rule -> action.accept((ObjectNode) rule));
        }
    }

    private static void assertProblem(LiveCheck.Report report, String expected) {
        assertTrue(report.problems().stream().anyMatch(p -> p.contains(expected)),
                () -> "expected a problem containing: " + expected + "\nproblems: " + report.problems());
    }

    /** The servers are gone: their processes, anything started from the run's directory, the directory. */
    private static void assertNothingLeftRunning(LiveCheck.Report report) {
        // When the servers did not start, say why instead of only that they did not.
        assertEquals(2, report.pids().size(), () -> "prometheus and alertmanager were started; problems: " + report.problems());
        for (long pid : report.pids()) {
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "process " + pid + " alive");
        }
        assertFalse(report.runDirectory().isEmpty());
        List<String> leftovers = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(report.runDirectory())).orElse(false))
                .map(p -> p.pid() + " " + p.info().commandLine().orElse("")).toList();
        assertEquals(List.of(), leftovers);
        assertFalse(Files.exists(Path.of(report.runDirectory())), "run directory removed");
    }
}
