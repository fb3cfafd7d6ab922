package dev.obsc.model;

/** Grafana template variable kinds. */
public enum VariableType {
    QUERY("query"), CUSTOM("custom"), INTERVAL("interval"), DATASOURCE("datasource"),
    CONSTANT("constant"), TEXTBOX("textbox"), ADHOC("adhoc");

    private final String grafanaId;

    VariableType(String grafanaId) {
        this.grafanaId = grafanaId;
    }

    public String grafanaId() {
        return grafanaId;
    }
}
