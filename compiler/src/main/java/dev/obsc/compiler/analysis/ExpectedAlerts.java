package dev.obsc.compiler.analysis;

import dev.obsc.model.AlertRule;
import dev.obsc.model.ExpectedAlert;

import java.util.SortedMap;
import java.util.TreeMap;

/** What a test's expected alert carries once the alert's own labels and fixed annotations are added. */
public final class ExpectedAlerts {
    private ExpectedAlerts() {
    }

    /** The annotations the alert rule declares, before any dashboard link. */
    public static SortedMap<String, String> ownAnnotations(AlertRule alert) {
        TreeMap<String, String> annotations = new TreeMap<>(alert.annotations());
        annotations.put("summary", alert.summary());
        annotations.put("description", alert.description());
        annotations.put("runbook_url", alert.runbookUrl());
        return annotations;
    }

    public static boolean isTemplate(String text) {
        return text.contains("{{");
    }

    /** Labels: the rule's plus the test's. Annotations: the rule's fixed ones plus the test's rendered ones. */
    public static ExpectedAlert complete(AlertRule alert, ExpectedAlert expected, SortedMap<String, String> fixedExtra) {
        TreeMap<String, String> labels = new TreeMap<>(alert.allLabels());
        labels.putAll(expected.labels());
        TreeMap<String, String> annotations = new TreeMap<>(fixedExtra);
        ownAnnotations(alert).forEach((name, text) -> {
            if (!isTemplate(text)) {
                annotations.put(name, text);
            }
        });
        annotations.putAll(expected.annotations());
        return new ExpectedAlert(labels, annotations);
    }
}
