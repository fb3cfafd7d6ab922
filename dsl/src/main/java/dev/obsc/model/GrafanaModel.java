package dev.obsc.model;

import java.util.List;
import java.util.Optional;

/**
 * The Grafana side: the target Grafana version (major), where Grafana is served (for links), its
 * datasources and dashboards. With {@code sloDashboards} the compiler adds dashboards generated from
 * the SLOs.
 */
public record GrafanaModel(int majorVersion, String baseUrl, List<Datasource> datasources, List<Dashboard> dashboards,
                           Optional<SloDashboardSettings> sloDashboards) {
    public GrafanaModel {
        datasources = List.copyOf(datasources);
        dashboards = List.copyOf(dashboards);
    }

    /** Without dashboards generated from SLOs. */
    public GrafanaModel(int majorVersion, String baseUrl, List<Datasource> datasources, List<Dashboard> dashboards) {
        this(majorVersion, baseUrl, datasources, dashboards, Optional.empty());
    }

    /** This model with more dashboards appended (those generated from SLOs). */
    public GrafanaModel withDashboards(List<Dashboard> more) {
        List<Dashboard> all = new java.util.ArrayList<>(dashboards);
        all.addAll(more);
        return new GrafanaModel(majorVersion, baseUrl, datasources, all, sloDashboards);
    }
}
