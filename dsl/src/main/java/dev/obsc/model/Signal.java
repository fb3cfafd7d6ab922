package dev.obsc.model;

/** The kinds of telemetry an OpenTelemetry Collector pipeline carries. */
public enum Signal {
    TRACES, METRICS, LOGS;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
