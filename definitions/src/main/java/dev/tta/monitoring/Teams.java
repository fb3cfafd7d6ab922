package dev.tta.monitoring;

/**
 * Who owns an alert: the {@code team} label routes it, the {@code service} label groups and
 * inhibits it. Route matchers and alert owners both use these constants.
 */
public final class Teams {
    /** Runs TTA.dev's primitives in production: health, errors, latency, cache. */
    public static final String PLATFORM = "platform";
    /** Site reliability: capacity, traffic anomalies, SLOs, the monitoring stack. */
    public static final String SRE = "sre";
    /** Usage and growth of TTA.dev. */
    public static final String PRODUCT = "product";

    /** Capacity planning hears of every capacity alert, whoever owns it. */
    public static final String CAPACITY_PLANNING = "capacity-planning";

    /** The {@code category} label value of alerts about capacity: memory, traffic spikes, growth. */
    public static final String CATEGORY_CAPACITY = "capacity";

    /** The service label of alerts about TTA.dev's primitives. */
    public static final String SERVICE_PRIMITIVES = "tta-primitives";

    private Teams() {
    }
}
