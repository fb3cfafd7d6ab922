package dev.obsc.compiler.lowering.prometheus;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.obsc.compiler.analysis.ExpectedAlerts;
import dev.obsc.compiler.lowering.Document;
import dev.obsc.compiler.lowering.Trees;
import dev.obsc.compiler.lowering.grafana.DashboardLinks;
import dev.obsc.model.AlertExpectation;
import dev.obsc.model.AlertRule;
import dev.obsc.model.DashboardLink;
import dev.obsc.model.ExpectedAlert;
import dev.obsc.model.ExpectedSample;
import dev.obsc.model.ExprExpectation;
import dev.obsc.model.MonitoringModel;
import dev.obsc.model.RuleTest;
import dev.obsc.model.SloSeries;
import dev.obsc.model.TestSeries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;

/** Rule tests as {@code promtool test rules} files under {@code prometheus/tests/}, one per test file name. */
public final class RuleTestsLowering {
    public static final String DIRECTORY = "prometheus/tests/";
    public static final String SCHEMA = "promtool-tests.schema.json";
    /** A series the SLO stage records: its name starts with slo: (job:myslo:rate5m is a team's own). */
    private static final java.util.regex.Pattern SLO_SERIES = java.util.regex.Pattern.compile("(?<![a-zA-Z0-9_:])slo:");

    private final Function<DashboardLink, Optional<String>> dashboardUrls;

    public RuleTestsLowering(Function<DashboardLink, Optional<String>> dashboardUrls) {
        this.dashboardUrls = dashboardUrls;
    }

    public List<Document> lower(MonitoringModel model) {
        Map<String, AlertRule> alerts = new TreeMap<>();
        model.alerts().forEach(alert -> alerts.putIfAbsent(alert.name(), alert));
        Map<String, List<RuleTest>> byFile = new LinkedHashMap<>();
        model.allRuleTests().forEach(test -> byFile.computeIfAbsent(test.file(), f -> new ArrayList<>()).add(test));
        List<Document> documents = new ArrayList<>();
        Map<String, String> serviceOfSlo = new HashMap<>();
        Map<String, List<String>> groupsOfService = new HashMap<>();
        model.slos().forEach(slo -> {
            serviceOfSlo.put(slo.name(), slo.service());
            groupsOfService.computeIfAbsent(slo.service(), s -> new ArrayList<>()).add(SloSeries.baseGroup(slo.name()));
        });
        Set<String> sloGroups = new HashSet<>(SloSeries.sharedGroups());
        model.slos().forEach(slo -> sloGroups.addAll(List.of(SloSeries.baseGroup(slo.name()), SloSeries.alertGroup(slo.service()))));
        Set<String> sloAlerts = new HashSet<>();
        model.alertGroups().stream().filter(g -> sloGroups.contains(g.name()))
                .forEach(g -> g.alerts().forEach(a -> sloAlerts.add(a.name())));
        // Group orders computed once: a model may hold thousands of SLOs, each with its test files.
        List<String> allGroups = groups(model);
        List<String> plainGroups = allGroups.stream().filter(g -> !sloGroups.contains(g)).toList();
        List<String> sharedGroups = allGroups.stream().filter(SloSeries.sharedGroups()::contains).toList();
        new TreeMap<>(byFile).forEach((file, tests) -> {
            ObjectNode root = Trees.object();
            Optional<String> slo = tests.stream().flatMap(t -> t.slo().stream()).findFirst();
            List<String> ruleFiles = new ArrayList<>();
            List<String> order;
            if (slo.isPresent()) {
                // An SLO's generated tests need only its service's rules and the shared ones: fast however
                // many SLOs there are. Its service's SLOs' rates, then the shared windows, then their alerts.
                String service = serviceOfSlo.get(slo.get());
                ruleFiles.add(fromTests(RuleFilesLowering.sloRuleFile(service)));
                ruleFiles.add(fromTests(RuleFilesLowering.SHARED_SLO_RULES));
                order = new ArrayList<>(groupsOfService.get(service));
                order.addAll(sharedGroups);
                order.add(SloSeries.alertGroup(service));
            } else {
                // Paths are relative to the test file; both rule files are loaded so tests can use recorded series.
                ruleFiles.add(fromTests(RuleFilesLowering.RECORDING_RULES));
                ruleFiles.add(fromTests(RuleFilesLowering.ALERTING_RULES));
                boolean usesSlos = !model.slos().isEmpty() && tests.stream().anyMatch(t ->
                        t.alerts().stream().anyMatch(e -> sloAlerts.contains(e.alertName()))
                                || t.exprs().stream().anyMatch(e -> SLO_SERIES.matcher(e.expr()).find()));
                if (usesSlos) {
                    ruleFiles.add(fromTests(RuleFilesLowering.SLO_DIRECTORY + "*.yml"));
                    ruleFiles.add(fromTests(RuleFilesLowering.SHARED_SLO_RULES));
                }
                order = usesSlos ? allGroups : plainGroups;
            }
            root.set("rule_files", Trees.strings(ruleFiles));
            // Tests of long windows evaluate less often (their inputs stay finely spaced); see RuleTest.
            root.put("evaluation_interval", tests.stream().flatMap(t -> t.evaluationInterval().stream())
                    .findFirst().orElse("1m"));
            // Without an order promtool evaluates groups in random order each step, so an alert on a
            // recorded series would see this step's value or the last one by chance.
            root.set("group_eval_order", Trees.strings(order));
            ArrayNode testNodes = root.putArray("tests");
            tests.forEach(test -> testNodes.add(test(test, alerts)));
            documents.add(Document.yaml(DIRECTORY + file + ".yml", root, SCHEMA));
        });
        return documents;
    }

    private ObjectNode test(RuleTest test, Map<String, AlertRule> alerts) {
        ObjectNode node = Trees.object();
        node.put("name", test.name());
        node.put("interval", test.interval());
        ArrayNode inputs = node.putArray("input_series");
        for (TestSeries series : test.inputs()) {
            inputs.addObject().put("series", series.series()).put("values", series.values());
        }
        if (!test.alerts().isEmpty()) {
            ArrayNode checks = node.putArray("alert_rule_test");
            for (AlertExpectation expectation : test.alerts()) {
                ObjectNode check = checks.addObject();
                check.put("eval_time", expectation.evalTime());
                check.put("alertname", expectation.alertName());
                ArrayNode expected = check.putArray("exp_alerts");
                AlertRule alert = alerts.get(expectation.alertName());
                for (ExpectedAlert partial : expectation.expected()) {
                    // The link as Prometheus renders it for this alert: label templates filled in.
                    Map<String, String> labels = ExpectedAlerts.complete(alert, partial, new TreeMap<>()).labels();
                    TreeMap<String, String> linked = new TreeMap<>();
                    alert.dashboard().flatMap(dashboardUrls)
                            .ifPresent(url -> linked.put("dashboard_url", DashboardLinks.render(url, labels)));
                    ExpectedAlert full = ExpectedAlerts.complete(alert, partial, linked);
                    ObjectNode e = expected.addObject();
                    e.set("exp_labels", Trees.map(full.labels()));
                    e.set("exp_annotations", Trees.map(full.annotations()));
                }
            }
        }
        if (!test.exprs().isEmpty()) {
            ArrayNode checks = node.putArray("promql_expr_test");
            for (ExprExpectation expectation : test.exprs()) {
                ObjectNode check = checks.addObject();
                check.put("expr", expectation.expr());
                check.put("eval_time", expectation.evalTime());
                ArrayNode samples = check.putArray("exp_samples");
                for (ExpectedSample sample : expectation.samples()) {
                    samples.addObject().put("labels", sample.labels()).put("value", new java.math.BigDecimal(sample.value()));
                }
            }
        }
        return node;
    }

    private static List<String> groups(MonitoringModel model) {
        return java.util.stream.Stream.concat(model.recordingGroups().stream().map(g -> g.name()),
                model.alertGroups().stream().map(g -> g.name())).toList();
    }

    /** A path below prometheus/ as the test files, in prometheus/tests/, name it. */
    private static String fromTests(String path) {
        return "../" + path.substring("prometheus/".length());
    }
}
