package dev.obsc.model;

/** How a panel colours its values: by threshold steps, by Grafana's classic palette, or one fixed colour. */
public enum ColorMode {
    THRESHOLDS("thresholds"), PALETTE("palette-classic"), FIXED("fixed");

    private final String grafanaId;

    ColorMode(String grafanaId) {
        this.grafanaId = grafanaId;
    }

    public String grafanaId() {
        return grafanaId;
    }
}
