package dev.obsc.model;

/** Grafana field units, by their Grafana ids. */
public enum Unit {
    NONE("none"), SHORT("short"), PERCENT("percent"), PERCENT_UNIT("percentunit"),
    SECONDS("s"), MILLISECONDS("ms"), REQUESTS_PER_SECOND("reqps"), OPS_PER_SECOND("ops"),
    BYTES("bytes"), DECIMAL_BYTES("decbytes"), CURRENCY_USD("currencyUSD");

    private final String grafanaId;

    Unit(String grafanaId) {
        this.grafanaId = grafanaId;
    }

    public String grafanaId() {
        return grafanaId;
    }
}
