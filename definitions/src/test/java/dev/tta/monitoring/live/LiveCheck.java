package dev.tta.monitoring.live;

import com.fasterxml.jackson.databind.JsonNode;
import dev.obsc.compiler.analysis.Analyzer;
import dev.obsc.compiler.analysis.routing.RoutingTable;
import dev.obsc.compiler.diagnostics.Diagnostics;
import dev.obsc.compiler.slo.SloExpansion;
import dev.obsc.model.InhibitRule;
import dev.obsc.model.Metric;
import dev.obsc.model.MonitoringModel;
import dev.tta.monitoring.Alerts;
import dev.tta.monitoring.Jobs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The live end-to-end check: TTA.dev's generated configuration, run by real Prometheus and
 * Alertmanager against a synthetic TTA.dev, must
 * <ol>
 * <li>scrape every job and evaluate every rule group, each rule with health "ok";</li>
 * <li>stay quiet on healthy traffic;</li>
 * <li>fire {@value Alerts#HIGH_ERROR_RATE} on an error spike (and {@value Alerts#HIGH_LATENCY} on
 *     slow executions) and notify exactly the receivers the compiler's routing table names;</li>
 * <li>mute, by the inhibit rules declared in the definitions, what a firing alert explains:
 *     cache misses during the error spike are never notified, while the same cache alert in a
 *     job without errors is delivered; and once the failing job stops answering,
 *     {@value Alerts#SERVICE_DOWN} mutes its error alert.</li>
 * </ol>
 * Every problem is collected into the {@link Report} rather than thrown, so a test can assert
 * that a deliberately broken configuration is reported. The servers are stopped whatever happens.
 */
final class LiveCheck {
    private static final String PRIMITIVES = Jobs.TTA_PRIMITIVES;
    private static final String CONTROL = LiveRewrite.CONTROL_JOB;
    private static final double ERROR_SPIKE = 0.3;
    private static final double SLOW_EXECUTION_SECONDS = 2;
    private static final double CACHE_COLLAPSE = 0;
    /**
     * Enough for a condition to hold past the compressed pending period and reach a receiver. Rate
     * windows are not compressed: a ratio falls as fast as the run's short history allows, so the
     * later a fault is injected, the longer it takes to cross a threshold.
     */
    private static final long FIRE_TIMEOUT_MILLIS = 60_000;
    /** After an alert's first notification: how long its other routes may take to deliver it. */
    private static final long ROUTES_TIMEOUT_MILLIS = 10_000;
    /**
     * The cache alerts take longest: their 5m ratio still holds the healthy traffic before, they pend
     * longest, and their fault comes last, so at least as long as any other alert.
     */
    private static final long CACHE_TIMEOUT_MILLIS = FIRE_TIMEOUT_MILLIS;
    /** After the awaited notification: time for any other notification the same alerts cause. */
    private static final long SETTLE_MILLIS = 2_000;

    /** What a live run found; {@code pids} and {@code runDirectory} let a test prove nothing is left running. */
    record Report(List<String> problems, List<Notification> notifications, List<Long> pids, String runDirectory) {
    }

    private final MonitoringModel model;
    private final RoutingTable routing;
    private final List<String> problems = new ArrayList<>();
    private LiveStack stack;

    private LiveCheck(MonitoringModel model) {
        this.model = model;
        // With the burn-rate alerts the SLOs expand into: they fire live too, and must be routed as the table says.
        this.routing = Analyzer.analyze(SloExpansion.expand(model, new Diagnostics()), new Diagnostics()).routing();
    }

    static Report run(MonitoringModel model, Path prometheusYml, Path alertmanagerYml, Faults faults)
            throws IOException, InterruptedException {
        LiveCheck check = new LiveCheck(model);
        Map<String, Metric> catalog = model.metrics().stream()
                .collect(Collectors.toMap(Metric::name, Function.identity()));
        List<Long> pids = List.of();
        String runDirectory = "";
        try {
            check.stack = LiveStack.start(prometheusYml, alertmanagerYml, faults, catalog);
            pids = check.stack.pids();
            runDirectory = check.stack.runDirectory().toString();
            check.scenario();
        } catch (AssertionError e) {
            check.problems.add(e.getMessage());
        } finally {
            if (check.stack != null) {
                if (!check.problems.isEmpty()) {
                    check.problems.add(check.stack.logs());
                }
                check.stack.close();
            }
        }
        List<Notification> notifications = check.stack == null ? List.of()
                : check.stack.endpoints().webhook().notifications();
        return new Report(List.copyOf(check.problems), notifications, pids, runDirectory);
    }

    private void scenario() throws IOException, InterruptedException {
        if (!everyRuleEvaluatesOk()) {
            return;
        }
        quietOnHealthyTraffic();
        if (errorSpikeFiresAndIsRouted() && inhibitionsMuteWhatTheyDeclare()) {
            serviceDownMutesItsOtherAlerts();
        }
        everyNotificationWentWhereTheRoutingTableSays();
    }

    // ---- 1. every job scraped, every rule group evaluated with health ok ----------------------

    private boolean everyRuleEvaluatesOk() throws IOException, InterruptedException {
        if (!await(this::everyTargetUp, FIRE_TIMEOUT_MILLIS)) {
            List<String> down = new ArrayList<>();
            for (JsonNode target : prometheus("/api/v1/targets").path("activeTargets")) {
                if (!"up".equals(target.path("health").asText())) {
                    down.add(target.path("labels").path("job").asText() + ": " + target.path("lastError").asText());
                }
            }
            problems.add("scrape targets not up: " + down);
            return false;
        }
        // A few evaluations with scraped data, so every rule has run against real series.
        Thread.sleep(3_000);
        JsonNode groups = prometheus("/api/v1/rules").path("groups");
        List<String> loaded = new ArrayList<>();
        for (JsonNode group : groups) {
            loaded.add(group.path("name").asText());
            for (JsonNode rule : group.path("rules")) {
                if (!"ok".equals(rule.path("health").asText())) {
                    problems.add("rule group " + group.path("name").asText() + ", rule " + rule.path("name").asText()
                            + ": health " + rule.path("health").asText() + " " + rule.path("lastError").asText());
                }
            }
        }
        if (!new TreeSet<>(loaded).equals(new TreeSet<>(stack.ruleGroups()))) {
            problems.add("Prometheus loaded rule groups " + loaded + ", the rule files hold " + stack.ruleGroups());
        }
        return problems.isEmpty();
    }

    private boolean everyTargetUp() {
        JsonNode targets = prometheusOrNull("/api/v1/targets");
        if (targets == null || targets.path("activeTargets").isEmpty()) {
            return false;
        }
        for (JsonNode target : targets.path("activeTargets")) {
            if (!"up".equals(target.path("health").asText())) {
                return false;
            }
        }
        return true;
    }

    // ---- 2. healthy traffic fires nothing -----------------------------------------------------

    private void quietOnHealthyTraffic() throws IOException, InterruptedException {
        // Called after a few evaluations with data: a condition that holds is pending or firing by now.
        for (JsonNode alert : prometheus("/api/v1/alerts").path("alerts")) {
            problems.add(alert.path("labels").path("alertname").asText() + "{job=" + alert.path("labels")
                    .path("job").asText() + "} is " + alert.path("state").asText() + " on healthy traffic");
        }
    }

    // ---- 3. misbehaviour fires its alert, routed as the compiler says ---------------------------

    /** An error spike in one job and slow executions in the other, at once: each fires its alert. */
    private boolean errorSpikeFiresAndIsRouted() throws IOException, InterruptedException {
        stack.endpoints().application(PRIMITIVES).errorRatio(ERROR_SPIKE);
        stack.endpoints().application(CONTROL).latencySeconds(SLOW_EXECUTION_SECONDS);
        boolean errors = awaitNotified(Alerts.HIGH_ERROR_RATE, PRIMITIVES,
                "an error spike to " + (int) (ERROR_SPIKE * 100) + "%");
        boolean latency = awaitNotified(Alerts.HIGH_LATENCY, CONTROL,
                "executions slowing to " + SLOW_EXECUTION_SECONDS + " s");
        if (!errors || !latency) {
            return false;
        }
        Thread.sleep(SETTLE_MILLIS);
        expectReceivers(Alerts.HIGH_ERROR_RATE, PRIMITIVES);
        expectReceivers(Alerts.HIGH_LATENCY, CONTROL);
        return true;
    }

    private boolean awaitNotified(String alertName, String job, String cause) throws InterruptedException {
        if (await(() -> notified(alertName, job), FIRE_TIMEOUT_MILLIS)) {
            return true;
        }
        problems.add(alertName + "{job=" + job + "} was not notified within " + FIRE_TIMEOUT_MILLIS / 1000
                + " s of " + cause + "; Prometheus' alerts: " + prometheusAlertStates());
        return false;
    }

    // ---- 4. inhibitions declared in the definitions mute their targets -------------------------

    private boolean inhibitionsMuteWhatTheyDeclare() throws IOException, InterruptedException {
        // The spike already fires in PRIMITIVES; the control job's cache collapses without errors.
        stack.endpoints().application(PRIMITIVES).cacheHitRatio(CACHE_COLLAPSE);
        stack.endpoints().application(CONTROL).cacheHitRatio(CACHE_COLLAPSE);
        List<String[]> awaited = List.of(
                new String[] {Alerts.LOW_CACHE_HIT_RATE, PRIMITIVES},
                new String[] {Alerts.MODERATE_LOW_CACHE_HIT_RATE, PRIMITIVES},
                new String[] {Alerts.LOW_CACHE_HIT_RATE, CONTROL},
                new String[] {Alerts.MODERATE_LOW_CACHE_HIT_RATE, CONTROL});
        BooleanSupplier allInAlertmanager = () -> awaited.stream().allMatch(a -> alertmanagerAlerts().stream()
                .anyMatch(alert -> alert.is(a[0], a[1])));
        if (!await(() -> allInAlertmanager.getAsBoolean() && notified(Alerts.LOW_CACHE_HIT_RATE, CONTROL),
                CACHE_TIMEOUT_MILLIS)) {
            problems.add("after the cache hit ratio fell to " + (int) (CACHE_COLLAPSE * 100) + "% in jobs "
                    + PRIMITIVES + " and " + CONTROL + ", expected both cache alerts of both jobs in Alertmanager"
                    + " and " + Alerts.LOW_CACHE_HIT_RATE + "{job=" + CONTROL + "} notified; Alertmanager holds "
                    + alertmanagerAlerts() + ", notified: " + stack.endpoints().webhook().notifications());
            return false;
        }
        Thread.sleep(SETTLE_MILLIS);
        suppressionAgreesWithTheDeclaredRules();
        // The errors explain the cache misses in their job: never notified while the spike fires ...
        for (Notification notification : stack.endpoints().webhook().notifications()) {
            if (notification.job().equals(PRIMITIVES) && (notification.alertName().equals(Alerts.LOW_CACHE_HIT_RATE)
                    || notification.alertName().equals(Alerts.MODERATE_LOW_CACHE_HIT_RATE))) {
                problems.add("notified although " + Alerts.HIGH_ERROR_RATE + " fires in its job: " + notification);
            }
        }
        // ... while without errors the same alert reaches its receivers, so the silence above is the inhibition.
        expectReceivers(Alerts.LOW_CACHE_HIT_RATE, CONTROL);
        return true;
    }

    /**
     * The failing job stops answering scrapes: {@value Alerts#SERVICE_DOWN} fires and mutes the job's
     * other alerts, which keep firing in Prometheus on the samples scraped before (rates look back 5m).
     */
    private void serviceDownMutesItsOtherAlerts() throws IOException, InterruptedException {
        int before = stack.endpoints().webhook().notifications().size();
        stack.endpoints().application(PRIMITIVES).stopAnswering();
        if (!awaitNotified(Alerts.SERVICE_DOWN, PRIMITIVES, "its metrics endpoint failing")) {
            return;
        }
        Thread.sleep(SETTLE_MILLIS);
        expectReceivers(Alerts.SERVICE_DOWN, PRIMITIVES);
        suppressionAgreesWithTheDeclaredRules();
        if (alertmanagerAlerts().stream().noneMatch(a -> a.is(Alerts.HIGH_ERROR_RATE, PRIMITIVES)
                && a.suppressedByInhibition())) {
            problems.add(Alerts.HIGH_ERROR_RATE + "{job=" + PRIMITIVES + "} is not muted while "
                    + Alerts.SERVICE_DOWN + " fires; Alertmanager holds " + alertmanagerAlerts());
        }
        // Nothing the declared rules mute is notified once the job is down (an alert they do not
        // mute, such as an SLO alert of another service, may be).
        List<LiveAlert> active = alertmanagerAlerts();
        List<Notification> notifications = stack.endpoints().webhook().notifications();
        for (Notification notification : notifications.subList(before, notifications.size())) {
            if (inhibitedByDeclaredRule(new LiveAlert(notification.labels(), "notified", List.of()), active)) {
                problems.add("notified although " + Alerts.SERVICE_DOWN + " fires in its job: " + notification);
            }
        }
    }

    /** Alertmanager's inhibition state agrees with the declared inhibit rules, alert by alert. */
    private void suppressionAgreesWithTheDeclaredRules() {
        List<LiveAlert> alerts = alertmanagerAlerts();
        for (LiveAlert alert : alerts) {
            boolean declared = inhibitedByDeclaredRule(alert, alerts);
            if (declared != alert.suppressedByInhibition()) {
                problems.add(alert + ": the declared inhibit rules say " + (declared ? "inhibited" : "not inhibited"));
            }
        }
    }

    private boolean inhibitedByDeclaredRule(LiveAlert target, List<LiveAlert> alerts) {
        for (InhibitRule rule : model.alertmanager().inhibitRules()) {
            if (!target.matchesAll(rule.target())) {
                continue;
            }
            for (LiveAlert source : alerts) {
                if (!source.labels().equals(target.labels()) && source.matchesAll(rule.source())
                        && rule.equal().stream().allMatch(l -> source.label(l).equals(target.label(l)))) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- every notification: a receiver the routing table names for that alert ---------------

    private void everyNotificationWentWhereTheRoutingTableSays() {
        for (Notification notification : stack.endpoints().webhook().notifications()) {
            if (!receiversOf(notification.alertName()).contains(notification.receiver())) {
                problems.add("notified at a receiver the routing table does not name for it ("
                        + receiversOf(notification.alertName()) + "): " + notification);
            }
        }
    }

    private void expectReceivers(String alertName, String job) throws InterruptedException {
        Set<String> expected = receiversOf(alertName);
        // Each matching route notifies on its own timers, so under load one receiver can hear of
        // the alert seconds after another: wait for all the table names, then compare.
        await(() -> reached(alertName, job).containsAll(expected), ROUTES_TIMEOUT_MILLIS);
        Set<String> reached = reached(alertName, job);
        if (!reached.equals(expected)) {
            problems.add(alertName + "{job=" + job + "} reached " + reached
                    + ", the compiler's routing table says " + expected);
        }
    }

    private Set<String> reached(String alertName, String job) {
        return stack.endpoints().webhook().notifications().stream()
                .filter(n -> n.alertName().equals(alertName) && n.job().equals(job))
                .map(Notification::receiver).collect(Collectors.toCollection(TreeSet::new));
    }

    private Set<String> receiversOf(String alertName) {
        return routing.alerts().stream().filter(a -> a.labels().alert().name().equals(alertName))
                .flatMap(a -> a.receivers().stream()).collect(Collectors.toCollection(TreeSet::new));
    }

    private boolean notified(String alertName, String job) {
        return stack.endpoints().webhook().notifications().stream()
                .anyMatch(n -> n.alertName().equals(alertName) && n.job().equals(job));
    }

    // ---- the servers' APIs -----------------------------------------------------------------------

    private JsonNode prometheus(String path) throws IOException, InterruptedException {
        JsonNode response = HttpJson.get(stack.prometheusUrl() + path);
        if (!"success".equals(response.path("status").asText())) {
            throw new IOException("Prometheus " + path + ": " + response);
        }
        return response.path("data");
    }

    private JsonNode prometheusOrNull(String path) {
        try {
            return prometheus(path);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private List<String> prometheusAlertStates() {
        List<String> states = new ArrayList<>();
        JsonNode alerts = prometheusOrNull("/api/v1/alerts");
        if (alerts != null) {
            alerts.path("alerts").forEach(a -> states.add(a.path("labels").path("alertname").asText() + "{job="
                    + a.path("labels").path("job").asText() + "} " + a.path("state").asText()));
        }
        return states;
    }

    private List<LiveAlert> alertmanagerAlerts() {
        try {
            List<LiveAlert> alerts = new ArrayList<>();
            HttpJson.get(stack.alertmanagerUrl() + "/api/v2/alerts").forEach(a -> alerts.add(LiveAlert.of(a)));
            return alerts;
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    private static boolean await(BooleanSupplier condition, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                return false;
            }
            Thread.sleep(200);
        }
        return true;
    }
}
