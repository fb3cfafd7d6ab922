package dev.obsc.dsl;

import dev.obsc.model.Datasource;
import dev.obsc.model.DatasourceType;
import dev.obsc.model.GrafanaModel;
import dev.obsc.model.SloDashboardSettings;
import dev.obsc.model.SourcePosition;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Datasources (declared once, referenced by handle) and dashboards. */
public final class GrafanaBuilder {
    private String baseUrl = "http://localhost:3000";
    private int majorVersion = 11;
    private SourcePosition versionPosition = SourcePosition.UNKNOWN;
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
        this.versionPosition = Positions.caller();
        return this;
    }

    public DatasourceRef datasource(String uid, String name, DatasourceType type, String url, boolean isDefault) {
        datasources.add(new Datasource(uid, name, type, url, isDefault, List.of(), Positions.caller()));
        return new DatasourceRef(uid);
    }

    /**
     * Declares the labels the log streams of a Loki datasource carry (e.g. {@code service_name}, as
     * Loki's OTLP ingestion labels them); a logs query whose stream selector uses another label is
     * then an error, since it would silently match nothing.
     */
    public GrafanaBuilder streamLabels(DatasourceRef loki, String... labels) {
        for (int i = 0; i < datasources.size(); i++) {
            Datasource d = datasources.get(i);
            if (d.uid().equals(loki.uid())) {
                datasources.set(i, new Datasource(d.uid(), d.name(), d.type(), d.url(), d.isDefault(),
                        List.of(labels), d.position()));
                return this;
            }
        }
        throw new IllegalArgumentException("stream labels for datasource '" + loki.uid() + "', which is not declared");
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
                java.util.Optional.ofNullable(sloDashboards), versionPosition);
    }
}
