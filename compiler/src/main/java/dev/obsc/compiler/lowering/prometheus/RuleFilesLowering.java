package dev.obsc.compiler.lowering.prometheus;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.obsc.compiler.lowering.Document;
import dev.obsc.compiler.lowering.QueryPrinter;
import dev.obsc.compiler.lowering.Trees;
import dev.obsc.model.AlertGroup;
import dev.obsc.model.AlertRule;
import dev.obsc.model.DashboardLink;
import dev.obsc.model.MonitoringModel;
import dev.obsc.model.RecordingRule;
import dev.obsc.model.RuleGroup;
import dev.obsc.model.Slo;
import dev.obsc.model.SloSeries;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The model's rule groups as Prometheus rule files: one for recording rules, one for alerts, one per
 * service with SLOs ({@code prometheus/slos/<service>.yml}: each SLO's own recordings, then the
 * alerts of them all) and one for the groups all SLOs share ({@code prometheus/slo_windows.yml}),
 * so that an SLO's generated tests load only its service's rules and the shared ones, other tests
 * none of them, and ten thousand SLOs make a hundred files, not ten thousand.
 */
public final class RuleFilesLowering {
    public static final String RECORDING_RULES = "prometheus/recording_rules.yml";
    public static final String ALERTING_RULES = "prometheus/alerting_rules.yml";
    public static final String SCHEMA = "prometheus-rules.schema.json";
    public static final String SLO_DIRECTORY = "prometheus/slos/";
    public static final String SHARED_SLO_RULES = "prometheus/slo_windows.yml";

    private final QueryPrinter queries;
    private final Function<DashboardLink, Optional<String>> dashboardUrls;

    /**
     * @param queries       canonical text of each query
     * @param dashboardUrls URL of each typed dashboard link (analysis has checked they resolve)
     */
    public RuleFilesLowering(QueryPrinter queries, Function<DashboardLink, Optional<String>> dashboardUrls) {
        this.queries = queries;
        this.dashboardUrls = dashboardUrls;
    }

    public List<Document> lower(MonitoringModel model) {
        Map<String, String> sloFileOfGroup = sloFileOfGroup(model);
        Map<String, ArrayNode> sloFiles = new TreeMap<>();
        ArrayNode recording = Trees.array();
        for (RuleGroup group : model.recordingGroups()) {
            ObjectNode node = groupNode(group.name(), group.interval());
            ArrayNode rules = node.putArray("rules");
            group.rules().forEach(rule -> rules.add(recordingRule(rule)));
            target(group.name(), sloFileOfGroup, sloFiles, recording).add(node);
        }
        ArrayNode alerting = Trees.array();
        for (AlertGroup group : model.alertGroups()) {
            ObjectNode node = groupNode(group.name(), group.interval());
            ArrayNode rules = node.putArray("rules");
            group.alerts().forEach(alert -> rules.add(alertingRule(alert)));
            target(group.name(), sloFileOfGroup, sloFiles, alerting).add(node);
        }
        List<Document> documents = new ArrayList<>();
        documents.add(Document.yaml(RECORDING_RULES, file(recording), SCHEMA));
        documents.add(Document.yaml(ALERTING_RULES, file(alerting), SCHEMA));
        sloFiles.forEach((path, groups) -> documents.add(Document.yaml(path, file(groups), SCHEMA)));
        return documents;
    }

    /** The rule file of a service's SLOs: their own recording rules and their alerts. */
    public static String sloRuleFile(String service) {
        return SLO_DIRECTORY + service + ".yml";
    }

    /** The rule file of each group the SLO stage generated: its service's, or the shared one. */
    private static Map<String, String> sloFileOfGroup(MonitoringModel model) {
        Map<String, String> files = new HashMap<>();
        for (Slo slo : model.slos()) {
            files.put(SloSeries.baseGroup(slo.name()), sloRuleFile(slo.service()));
            files.put(SloSeries.alertGroup(slo.service()), sloRuleFile(slo.service()));
        }
        if (!model.slos().isEmpty()) {
            SloSeries.sharedGroups().forEach(group -> files.put(group, SHARED_SLO_RULES));
        }
        return files;
    }

    private static ArrayNode target(String group, Map<String, String> fileOfGroup, Map<String, ArrayNode> files,
                                    ArrayNode otherwise) {
        String file = fileOfGroup.get(group);
        return file == null ? otherwise : files.computeIfAbsent(file, f -> Trees.array());
    }

    private static ObjectNode file(ArrayNode groups) {
        ObjectNode file = Trees.object();
        file.set("groups", groups);
        return file;
    }

    private static ObjectNode groupNode(String name, String interval) {
        ObjectNode node = Trees.object();
        node.put("name", name);
        node.put("interval", interval);
        return node;
    }

    private ObjectNode recordingRule(RecordingRule rule) {
        ObjectNode node = Trees.object();
        node.put("record", rule.record());
        node.put("expr", queries.print(rule.expr()));
        if (!rule.labels().isEmpty()) {
            node.set("labels", Trees.map(rule.labels()));
        }
        return node;
    }

    private ObjectNode alertingRule(AlertRule alert) {
        ObjectNode node = Trees.object();
        node.put("alert", alert.name());
        node.put("expr", queries.print(alert.expr()));
        alert.forDuration().ifPresent(d -> node.put("for", d));
        alert.keepFiringFor().ifPresent(d -> node.put("keep_firing_for", d));
        node.set("labels", Trees.map(alert.allLabels()));
        TreeMap<String, String> annotations = new TreeMap<>(alert.annotations());
        annotations.put("summary", alert.summary());
        annotations.put("description", alert.description());
        annotations.put("runbook_url", alert.runbookUrl());
        alert.dashboard().flatMap(dashboardUrls).ifPresent(url -> annotations.put("dashboard_url", url));
        node.set("annotations", Trees.map(annotations));
        return node;
    }
}
