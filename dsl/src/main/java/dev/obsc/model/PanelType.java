package dev.obsc.model;

/** Grafana panel plugins, with the width and height a panel of the type gets unless told otherwise. */
public enum PanelType {
    TIMESERIES("timeseries", 12, 8),
    STAT("stat", 6, 4),
    GAUGE("gauge", 6, 6),
    BARGAUGE("bargauge", 12, 8),
    HEATMAP("heatmap", 12, 8),
    PIECHART("piechart", 8, 8),
    TABLE("table", 24, 8),
    TEXT("text", 24, 3),
    LOGS("logs", 24, 10),
    TRACES("traces", 24, 10),
    NODE_GRAPH("nodeGraph", 24, 10);

    private final String pluginId;
    private final int defaultWidth;
    private final int defaultHeight;

    PanelType(String pluginId, int defaultWidth, int defaultHeight) {
        this.pluginId = pluginId;
        this.defaultWidth = defaultWidth;
        this.defaultHeight = defaultHeight;
    }

    public String pluginId() {
        return pluginId;
    }

    public int defaultWidth() {
        return defaultWidth;
    }

    public int defaultHeight() {
        return defaultHeight;
    }
}
