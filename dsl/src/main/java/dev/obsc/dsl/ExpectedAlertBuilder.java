package dev.obsc.dsl;

import dev.obsc.model.ExpectedAlert;

import java.util.TreeMap;

/**
 * The labels and annotations one expected alert carries beyond what the compiler already knows:
 * the labels its expression keeps, and the rendered text of templated annotations.
 */
public final class ExpectedAlertBuilder {
    private final TreeMap<String, String> labels = new TreeMap<>();
    private final TreeMap<String, String> annotations = new TreeMap<>();

    ExpectedAlertBuilder() {
    }

    public ExpectedAlertBuilder label(String name, String value) {
        labels.put(name, value);
        return this;
    }

    public ExpectedAlertBuilder label(Label label, String value) {
        return label(label.name(), value);
    }

    /** The annotation as Prometheus renders it, e.g. summary "High error rate in tta-primitives". */
    public ExpectedAlertBuilder annotation(String name, String renderedText) {
        annotations.put(name, renderedText);
        return this;
    }

    ExpectedAlert build() {
        return new ExpectedAlert(labels, annotations);
    }
}
