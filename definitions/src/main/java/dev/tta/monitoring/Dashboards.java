package dev.tta.monitoring;

import dev.obsc.dsl.DashboardBuilder;
import dev.obsc.dsl.GrafanaBuilder;
import dev.obsc.model.Matcher;

import static dev.tta.monitoring.Catalog.JOB;
import static dev.tta.monitoring.Catalog.PRIMITIVE_TYPE;

/** TTA.dev's dashboard suite, one dashboard per audience, and what they share. */
public final class Dashboards {
    /** Grafana folder all TTA.dev dashboards are provisioned into. */
    static final String FOLDER = "TTA.dev";

    private Dashboards() {
    }

    public static void declare(GrafanaBuilder grafana, Datasources ds, Catalog c, RecordingRules r) {
        ExecutiveDashboard.declare(grafana, c, r);
        PlatformHealthDashboard.declare(grafana, ds, c, r);
        DeveloperDashboard.declare(grafana, ds, c, r);
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

    /** Series of the jobs selected in {@code $job}. */
    static Matcher selectedJobs() {
        return JOB.matches("$job");
    }

    /** Series of the primitive types selected in {@code $primitive_type}. */
    static Matcher selectedPrimitiveTypes() {
        return PRIMITIVE_TYPE.matches("$primitive_type");
    }
}
