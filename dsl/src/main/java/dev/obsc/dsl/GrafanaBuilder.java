package dev.obsc.dsl;

import dev.obsc.model.Datasource;
import dev.obsc.model.DatasourceType;
import dev.obsc.model.GrafanaModel;
import dev.obsc.model.SloDashboardSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Datasources (declared once, referenced by handle) and dashboards. */
public final class GrafanaBuilder {
    private String baseUrl = "http://localhost:3000";
    private int majorVersion = 11;
    private final List<Datasource> datasources = new ArrayList<>();
    private final List<DashboardBuilder> dashboards = new ArrayList<>();
    private SloDashboardSettings sloDashboards;

    GrafanaBuilder() {
    }

    /** Where Grafana is served; alert dashboard links start with it. */
    public GrafanaBuilder baseUrl(String url) {
        this.baseUrl = url;
        return this;
    }

    /** The Grafana major version the dashboards are for (9, 10 or 11; default 11). */
    public GrafanaBuilder version(int major) {
        this.majorVersion = major;
        return this;
    }

    public DatasourceRef datasource(String uid, String name, DatasourceType type, String url, boolean isDefault) {
        datasources.add(new Datasource(uid, name, type, url, isDefault, Positions.caller()));
        return new DatasourceRef(uid);
    }

    public void dashboard(DashboardRef ref, String title, Consumer<DashboardBuilder> spec) {
        DashboardBuilder builder = new DashboardBuilder(ref.uid(), title, Positions.caller());
        spec.accept(builder);
        dashboards.add(builder);
    }

    /**
     * Generates an SLO overview dashboard and one SLO dashboard per service from the declared SLOs,
     * in {@code folder}, querying {@code prometheus}; the returned handles let alerts link to them.
     */
    public SloDashboards sloDashboards(String folder, DatasourceRef prometheus) {
        this.sloDashboards = new SloDashboardSettings(folder, prometheus.uid(), Positions.caller());
        return new SloDashboards();
    }

    GrafanaModel build() {
        return new GrafanaModel(majorVersion, baseUrl, datasources, dashboards.stream().map(DashboardBuilder::build).toList(),
                java.util.Optional.ofNullable(sloDashboards));
    }
}
