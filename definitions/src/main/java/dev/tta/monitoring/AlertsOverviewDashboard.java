package dev.tta.monitoring;

import dev.obsc.dsl.DashboardRef;
import dev.obsc.dsl.GrafanaBuilder;
import dev.obsc.dsl.PanelRef;
import dev.obsc.dsl.Selector;
import dev.obsc.model.PanelType;
import dev.obsc.model.Unit;

import static dev.obsc.dsl.PromQL.count;
import static dev.obsc.dsl.PromQL.sum;
import static dev.obsc.dsl.PromQL.vector;
import static dev.tta.monitoring.Catalog.ALERTNAME;
import static dev.tta.monitoring.Catalog.ALERTSTATE;
import static dev.tta.monitoring.Catalog.JOB;
import static dev.tta.monitoring.Catalog.SERVICE;
import static dev.tta.monitoring.Catalog.SEVERITY;
import static dev.tta.monitoring.Catalog.TEAM;
import static dev.tta.monitoring.Dashboards.selectedEnvironments;
import static dev.tta.monitoring.Dashboards.selectedSeverities;
import static dev.tta.monitoring.Dashboards.selectedTeams;

/**
 * For whoever is on call: which alerts are active in Alertmanager (not silenced, not inhibited),
 * what pages right now, and how firing alerts evolved, by severity and team, from Prometheus'
 * ALERTS series. Filters: environment, severity and team.
 */
public final class AlertsOverviewDashboard {
    public static final DashboardRef REF = DashboardRef.of("tta-alerts");
    public static final PanelRef ACTIVE_ALERTS = REF.panel("active-alerts");
    public static final PanelRef PAGING = REF.panel("paging-now");

    private AlertsOverviewDashboard() {
    }

    static void declare(GrafanaBuilder grafana, Datasources ds, Catalog c, Receivers receivers) {
        // The counts per severity follow the team filter only: each names its own severity.
        Selector ofTeams = c.alerts.where(selectedTeams());
        Selector firingOfTeams = ofTeams.where(ALERTSTATE.eq("firing"));
        Selector selected = ofTeams.where(selectedSeverities());
        Selector firing = selected.where(ALERTSTATE.eq("firing"));

        grafana.dashboard(REF, "TTA.dev Alerts Overview", d -> {
            d.description("Active alerts from Alertmanager, and firing alerts by severity and team over time.")
                    .tags("tta", "alerts", "sre")
                    .folder(Dashboards.FOLDER)
                    .refresh("30s")
                    .time("now-24h", "now");
            Dashboards.suiteLinks(d, REF);
            Dashboards.environmentVariable(d);
            Dashboards.severityVariable(d);
            Dashboards.teamVariable(d);
            d.row("Now", row -> row
                            .stat("Critical alerts firing", p -> p
                                    .query(count(firingOfTeams.where(SEVERITY.eq("critical"))).or(vector("0")))
                                    .unit(Unit.NONE).decimals(0)
                                    .baseColor("green").threshold("1", "red"))
                            .stat("Warnings firing", p -> p
                                    .query(count(firingOfTeams.where(SEVERITY.eq("warning"))).or(vector("0")))
                                    .unit(Unit.NONE).decimals(0)
                                    .baseColor("green").threshold("1", "orange"))
                            .stat("Informational alerts firing", p -> p
                                    .query(count(firingOfTeams.where(SEVERITY.eq("info"))).or(vector("0")))
                                    .unit(Unit.NONE).decimals(0)
                                    .baseColor("green").threshold("1", "blue"))
                            .stat("Alerts pending", p -> p
                                    .description("Conditions that hold, but not yet for the alert's pending period.")
                                    .query(count(selected.where(ALERTSTATE.eq("pending"))).or(vector("0")))
                                    .unit(Unit.NONE).decimals(0)
                                    .baseColor("green").threshold("1", "yellow")))
                    .row("Alertmanager", row -> row
                            .panel(ACTIVE_ALERTS, PanelType.TABLE, "Active alerts", p -> p
                                    .description("Alerts Alertmanager holds now, neither silenced nor inhibited, with"
                                            + " their labels and annotations.")
                                    .activeAlerts(selectedSeverities(), selectedTeams(), selectedEnvironments())
                                    .size(24, 10))
                            .panel(PAGING, PanelType.TABLE, "Paging now", p -> p
                                    .description("Active alerts Alertmanager sends to the critical receiver: email,"
                                            + " Slack #critical-alerts and PagerDuty.")
                                    .activeAlerts(receivers.critical(), selectedEnvironments())
                                    .link("Service status", PlatformHealthDashboard.SERVICE_STATUS)))
                    .row("Firing over time", row -> row
                            .timeseries("Firing alerts by severity", p -> p
                                    .query(sum(firing).by(SEVERITY), "{{severity}}")
                                    .unit(Unit.NONE).decimals(0).min("0")
                                    .override("critical", null, null, "red")
                                    .override("warning", null, null, "orange")
                                    .override("info", null, null, "blue"))
                            .timeseries("Firing alerts by team", p -> p
                                    .query(sum(firing).by(TEAM), "{{team}}")
                                    .unit(Unit.NONE).decimals(0).min("0"))
                            .table("Alerts in Prometheus", p -> p
                                    .description("Firing and pending alerts as Prometheus evaluates them, before"
                                            + " Alertmanager groups, silences or inhibits them.")
                                    .instantQuery(sum(selected).by(ALERTNAME, ALERTSTATE, SEVERITY, TEAM, SERVICE, JOB),
                                            "{{alertname}}")
                                    .unit(Unit.NONE).decimals(0)));
        });
    }
}
