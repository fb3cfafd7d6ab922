package dev.obsc.model;

import java.util.Locale;

/**
 * The names of what an SLO expands into, shared by the compiler (which records and alerts on them)
 * and by the DSL's {@code SloRef} (which dashboards use to query them). Every series carries the
 * label {@code slo} with the SLO's name, plus the SLI's {@code by} labels.
 */
public final class SloSeries {
    public static final String SLO_LABEL = "slo";
    public static final String PERIOD_LABEL = "slo_period";
    public static final String TIER_LABEL = "burn_tier";
    public static final String SERVICE_LABEL = "service";
    public static final String TEAM_LABEL = "team";
    /** Labels of the info series. */
    public static final String OBJECTIVE_LABEL = "objective";
    public static final String PERIODS_LABEL = "periods";
    public static final String DESCRIPTION_LABEL = "description";
    /** The burn-rate alerts' annotation saying how much of the period's budget is left. */
    public static final String BUDGET_LEFT_ANNOTATION = "budget_left";
    /** The window the base recordings take their rates over; every longer window is averaged from them. */
    public static final String BASE_WINDOW = "5m";
    /** Remaining share of the period's error budget (1 = untouched, 0 = spent, negative = overspent), per {@code slo_period}. */
    public static final String BUDGET_REMAINING = "slo:error_budget:remaining";
    /** Value 1, with the SLO's metadata as labels (objective, periods, team, service, description); alerts read the description and objective from it. */
    public static final String INFO = "slo:metadata:info";
    /** The SLO's error budget (1 - objective) as a constant series, which the shared burn-rate rules divide by. */
    public static final String ERROR_BUDGET = "slo:error_budget:ratio";
    /**
     * The groups every SLO shares: ratio and burn rate over the base window, then the windows under a
     * day, then the longer ones. Their names hold '-', which an SLO's own group names never do.
     */
    public static final String SHARED_BASE_GROUP = "slo-shared-base";
    public static final String SHARED_WINDOWS_GROUP = "slo-shared-windows";
    public static final String SHARED_SLOW_GROUP = "slo-shared-slow";

    private SloSeries() {
    }

    /** Bad events per second, averaged over {@code window}. */
    public static String errorRate(String window) {
        return "slo:sli_error:rate" + window;
    }

    /** All events per second, averaged over {@code window}. */
    public static String totalRate(String window) {
        return "slo:sli_total:rate" + window;
    }

    /** Bad events / all events over {@code window}; no sample without traffic. */
    public static String errorRatio(String window) {
        return "slo:sli_error:ratio_rate" + window;
    }

    /** How many times faster than sustainable the error budget burns over {@code window}. */
    public static String burnRate(String window) {
        return "slo:error_budget:burn_rate" + window;
    }

    /** The burn-rate alert of one SLO for one period and tier, e.g. {@code AvailabilityBudgetBurn30dPage1h}. */
    public static String burnAlert(String slo, String period, String tier) {
        return camelCase(slo) + "BudgetBurn" + period + camelCase(tier);
    }

    /**
     * The burn-rate alert several SLOs of a service share for one period and tier, e.g.
     * {@code CheckoutSloBurn30dPage1h}; the label {@code slo} says which SLO burns.
     */
    public static String sharedBurnAlert(String service, String period, String tier) {
        return camelCase(service) + "SloBurn" + period + camelCase(tier);
    }

    /**
     * The alert that fires when an SLO has no traffic series, named after the SLO, or after the
     * service when it serves several of its SLOs.
     */
    public static String noDataAlert(String sloOrService) {
        return camelCase(sloOrService) + "SloNoData";
    }

    /** The rule test files of an SLO are named after it. */
    public static String testFilePrefix(String slo) {
        return "slo_" + slo.replace('-', '_');
    }

    /**
     * The group of the own recordings of a service's SLOs: their base (5m) rates, the only rules that
     * read raw metrics, their error budgets and info series.
     */
    public static String baseGroup(String service) {
        return "slo-base-" + service;
    }

    /** The group of the alerts of a service's SLOs. */
    public static String alertGroup(String service) {
        return "slo-alerts-" + service;
    }

    /** The shared groups, in evaluation order. */
    public static java.util.List<String> sharedGroups() {
        return java.util.List.of(SHARED_BASE_GROUP, SHARED_WINDOWS_GROUP, SHARED_SLOW_GROUP);
    }

    /** {@code cache-hit_rate} as {@code CacheHitRate}: each part after '-', '_', ' ' or '.' capitalised. */
    public static String camelCase(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean partStarts = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '-' || c == '_' || c == ' ' || c == '.') {
                partStarts = true;
            } else {
                if (partStarts) {
                    out.append(String.valueOf(c).toUpperCase(Locale.ROOT));
                } else {
                    out.append(c);
                }
                partStarts = false;
            }
        }
        return out.toString();
    }
}
