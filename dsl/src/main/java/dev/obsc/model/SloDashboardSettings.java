package dev.obsc.model;

import java.util.Locale;

/**
 * Asks the compiler for dashboards generated from the SLOs: an overview of every SLO (uid
 * {@link #OVERVIEW_UID}) and one per service ({@link #serviceUid}), in {@code folder}, querying the
 * Prometheus datasource {@code datasourceUid}. They read only the series the SLOs record. The uid,
 * variable and panel-key rules live here so the DSL's typed handles and the compiler agree on them.
 * <p>
 * A service's dashboard has the same panels whatever its number of SLOs: the variable
 * {@link #SLO_VARIABLE} picks the SLOs they show (all by default), so a link opens it on one SLO by
 * setting {@code var-slo}, and its panel keys are fixed names.
 */
public record SloDashboardSettings(String folder, String datasourceUid, SourcePosition position) {
    public static final String OVERVIEW_UID = "slo-overview";
    /** The variable of a service's SLO dashboard that selects which of its SLOs the panels show. */
    public static final String SLO_VARIABLE = "slo";
    /** The table of the service's SLOs: objective, periods, team, description. */
    public static final String SLOS_PANEL = "slos";
    /** The SLI over each period. */
    public static final String SLI_PANEL = "sli";
    /** The remaining error budget per period. */
    public static final String BUDGET_PANEL = "budget";
    /** The burn rate per window over time. */
    public static final String BURN_RATE_PANEL = "burn-rate";
    /** The SLO alerts firing now. */
    public static final String ALERTS_PANEL = "alerts";
    /** Grafana's limit on uid length. */
    private static final int MAX_UID = 40;

    /** The uid of a service's SLO dashboard, e.g. {@code slo-tta-primitives}. */
    public static String serviceUid(String service) {
        String slug = service.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-");
        String uid = "slo-" + slug;
        return uid.length() <= MAX_UID ? uid : uid.substring(0, MAX_UID);
    }
}
