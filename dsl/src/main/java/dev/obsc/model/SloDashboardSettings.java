package dev.obsc.model;

import java.util.Locale;

/**
 * Asks the compiler for dashboards generated from the SLOs: an overview of every SLO (uid
 * {@link #OVERVIEW_UID}) and one per service ({@link #serviceUid}), in {@code folder}, querying the
 * Prometheus datasource {@code datasourceUid}. They read only the series the SLOs record. The uid and
 * panel-key rules live here so the DSL's typed handles and the compiler agree on them.
 */
public record SloDashboardSettings(String folder, String datasourceUid, SourcePosition position) {
    public static final String OVERVIEW_UID = "slo-overview";
    /** Grafana's limit on uid length. */
    private static final int MAX_UID = 40;

    /** The uid of a service's SLO dashboard, e.g. {@code slo-tta-primitives}. */
    public static String serviceUid(String service) {
        String slug = service.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-");
        String uid = "slo-" + slug;
        return uid.length() <= MAX_UID ? uid : uid.substring(0, MAX_UID);
    }

    /** The key of the panel showing an SLO's remaining error budget on its service's dashboard. */
    public static String budgetPanelKey(String slo) {
        return slo + "-budget";
    }

    /** The key of the panel showing an SLO's SLI over its periods on its service's dashboard. */
    public static String sliPanelKey(String slo) {
        return slo + "-sli";
    }

    /** The key of the panel showing an SLO's burn rates on its service's dashboard. */
    public static String burnRatePanelKey(String slo) {
        return slo + "-burn-rate";
    }

    /** The key of the panel listing an SLO's firing alerts on its service's dashboard. */
    public static String alertsPanelKey(String slo) {
        return slo + "-alerts";
    }
}
