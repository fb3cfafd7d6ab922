package dev.obsc.model;

import java.util.List;

/** The Grafana side: where Grafana is served (for links), its datasources and dashboards. */
public record GrafanaModel(String baseUrl, List<Datasource> datasources, List<Dashboard> dashboards) {
    public GrafanaModel {
        datasources = List.copyOf(datasources);
        dashboards = List.copyOf(dashboards);
    }
}
