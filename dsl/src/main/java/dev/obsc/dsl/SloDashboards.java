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

    /** The panel with the remaining error budget per period, on the service's dashboard opened on {@code slo}. */
    public PanelRef budget(String service, String slo) {
        return onSlo(service, SloDashboardSettings.BUDGET_PANEL, slo);
    }

    /** The panel with the burn rates per window, on the service's dashboard opened on {@code slo}. */
    public PanelRef burnRate(String service, String slo) {
        return onSlo(service, SloDashboardSettings.BURN_RATE_PANEL, slo);
    }

    /** A service's dashboard shows all its SLOs by default; the link selects the one it is about. */
    private PanelRef onSlo(String service, String panelKey, String slo) {
        return service(service).panel(panelKey).withVariable(SloDashboardSettings.SLO_VARIABLE, slo);
    }
}
