package dev.obsc.dsl;

import dev.obsc.model.SloDashboardSettings;

/**
 * Typed handles on the dashboards the compiler generates from the SLOs (see
 * {@link GrafanaBuilder#sloDashboards}), so SLO alerts and other dashboards can link to them:
 *
 * <pre>{@code
 * SloDashboards boards = m.grafana().sloDashboards("SLOs", prometheus);
 * m.slo("availability").owner("platform", "tta-primitives")
 *         .dashboard(boards.budget("tta-primitives", "availability"));
 * }</pre>
 */
public final class SloDashboards {
    SloDashboards() {
    }

    /** Every SLO at a glance: SLI now, objective, budget left, burn rates per window, firing alerts. */
    public DashboardRef overview() {
        return DashboardRef.of(SloDashboardSettings.OVERVIEW_UID);
    }

    /** The SLO dashboard of one service (the service an SLO's {@code owner} names). */
    public DashboardRef service(String service) {
        return DashboardRef.of(SloDashboardSettings.serviceUid(service));
    }

    /** The panel with an SLO's remaining error budget per period, on its service's dashboard. */
    public PanelRef budget(String service, String slo) {
        return service(service).panel(SloDashboardSettings.budgetPanelKey(slo));
    }

    /** The panel with an SLO's burn rates per window, on its service's dashboard. */
    public PanelRef burnRate(String service, String slo) {
        return service(service).panel(SloDashboardSettings.burnRatePanelKey(slo));
    }
}
