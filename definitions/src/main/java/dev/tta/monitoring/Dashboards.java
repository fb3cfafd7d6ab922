package dev.tta.monitoring;

import dev.obsc.dsl.DashboardBuilder;
import dev.obsc.dsl.DashboardRef;
import dev.obsc.dsl.GrafanaBuilder;
import dev.obsc.model.Matcher;

import java.util.LinkedHashMap;
import java.util.Map;

import static dev.tta.monitoring.Catalog.ENVIRONMENT;
import static dev.tta.monitoring.Catalog.JOB;
import static dev.tta.monitoring.Catalog.PRIMITIVE_TYPE;
import static dev.tta.monitoring.Catalog.SEVERITY;
import static dev.tta.monitoring.Catalog.TEAM;

/** TTA.dev's dashboard suite, one dashboard per audience, and what they share. */
public final class Dashboards {
    /** Grafana folder all TTA.dev dashboards are provisioned into. */
    static final String FOLDER = "TTA.dev";
    /** Grafana's rate window: at least four scrape intervals, growing with the zoom. */
    static final String RATE_INTERVAL = "$__rate_interval";
    /** The dashboard's selected time range, for totals over it. */
    static final String RANGE = "$__range";
    /** "All" of a filter variable: any value, including none, so alerts without the label stay listed. */
    private static final String ANY = ".*";

    private Dashboards() {
    }

    public static void declare(GrafanaBuilder grafana, Datasources ds, Catalog c, RecordingRules r, Receivers receivers) {
        ExecutiveDashboard.declare(grafana, c, r);
        PlatformHealthDashboard.declare(grafana, ds, c, r);
        DeveloperDashboard.declare(grafana, ds, c, r);
        SreDashboard.declare(grafana, ds, c, r);
        CapacityPlanningDashboard.declare(grafana, ds, c, r, receivers);
        CostOptimizationDashboard.declare(grafana, ds, c, r);
        AlertsOverviewDashboard.declare(grafana, ds, c, receivers);
        // The SLO overview and one dashboard per service, generated from the SLOs in Slos.
        grafana.sloDashboards(FOLDER, ds.prometheus);
    }

    // ---- navigation ----------------------------------------------------------------------------

    /** Every dashboard of the suite, in the order their header links list them. */
    private static final Map<DashboardRef, String> SUITE = suite();

    private static Map<DashboardRef, String> suite() {
        Map<DashboardRef, String> suite = new LinkedHashMap<>();
        suite.put(ExecutiveDashboard.REF, "Executive");
        suite.put(PlatformHealthDashboard.REF, "Platform Health");
        suite.put(DeveloperDashboard.REF, "Developer");
        suite.put(SreDashboard.REF, "SRE");
        suite.put(CapacityPlanningDashboard.REF, "Capacity Planning");
        suite.put(CostOptimizationDashboard.REF, "Cost Optimization");
        suite.put(AlertsOverviewDashboard.REF, "Alerts");
        return suite;
    }

    /** Header links from one dashboard of the suite to every other, keeping time range and variables. */
    static DashboardBuilder suiteLinks(DashboardBuilder d, DashboardRef self) {
        SUITE.forEach((ref, title) -> {
            if (!ref.equals(self)) {
                d.link(title, ref);
            }
        });
        return d;
    }

    // ---- template variables --------------------------------------------------------------------

    /** The {@code $job} variable: TTA.dev application jobs, several or all at once. */
    static void jobVariable(DashboardBuilder d, Datasources ds, Catalog c) {
        d.labelValuesVariable("job", "Job", ds.prometheus, c.primitiveExecutions.name(), JOB, true);
    }

    /** The {@code $primitive_type} variable: router, cache, retry, ... */
    static void primitiveTypeVariable(DashboardBuilder d, Datasources ds, Catalog c) {
        d.labelValuesVariable("primitive_type", "Primitive type", ds.prometheus, c.primitiveExecutions.name(),
                PRIMITIVE_TYPE, true);
    }

    /** The {@code $environment} variable, for alerts (which carry the environment as an external label). */
    static void environmentVariable(DashboardBuilder d) {
        d.customMultiVariable("environment", "Environment", ANY, Catalog.ENVIRONMENTS.toArray(String[]::new));
    }

    /** The {@code $severity} variable: the severities TTA.dev's alerts carry. */
    static void severityVariable(DashboardBuilder d) {
        d.customMultiVariable("severity", "Severity", ANY, "critical", "warning", "info");
    }

    /** The {@code $team} variable: the teams that own TTA.dev's alerts. */
    static void teamVariable(DashboardBuilder d) {
        d.customMultiVariable("team", "Team", ANY, Teams.PLATFORM, Teams.SRE, Teams.PRODUCT);
    }

    /** Series of the jobs selected in {@code $job}. */
    static Matcher selectedJobs() {
        return JOB.matches("$job");
    }

    /** Series of the primitive types selected in {@code $primitive_type}. */
    static Matcher selectedPrimitiveTypes() {
        return PRIMITIVE_TYPE.matches("$primitive_type");
    }

    /** Alerts of the environments selected in {@code $environment}. */
    static Matcher selectedEnvironments() {
        return ENVIRONMENT.matches("$environment");
    }

    /** Alerts of the severities selected in {@code $severity}. */
    static Matcher selectedSeverities() {
        return SEVERITY.matches("$severity");
    }

    /** Alerts of the teams selected in {@code $team}. */
    static Matcher selectedTeams() {
        return TEAM.matches("$team");
    }
}
