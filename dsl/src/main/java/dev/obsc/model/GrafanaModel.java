package dev.obsc.model;

import java.util.List;

/**
 * The Grafana side: the target Grafana version (major), where Grafana is served (for links), its
 * datasources and dashboards.
 */
public record GrafanaModel(int majorVersion, String baseUrl, List<Datasource> datasources, List<Dashboard> dashboards) {
    public GrafanaModel {
        datasources = List.copyOf(datasources);
        dashboards = List.copyOf(dashboards);
    }
}
