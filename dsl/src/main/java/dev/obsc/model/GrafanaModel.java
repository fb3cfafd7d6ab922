package dev.obsc.model;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The Grafana side: the target Grafana version (major), where Grafana is served (for links), its
 * datasources and dashboards.
 */
public record GrafanaModel(int majorVersion, String baseUrl, List<Datasource> datasources, List<Dashboard> dashboards) {
    public GrafanaModel {
        datasources = List.copyOf(datasources);
        dashboards = List.copyOf(dashboards);
    }

    /**
     * The plugin ids Grafana must install for the declared datasources (those it does not ship),
     * sorted: what a deployment puts in {@code GF_INSTALL_PLUGINS}.
     */
    public SortedSet<String> pluginsToInstall() {
        TreeSet<String> plugins = new TreeSet<>();
        datasources.stream().map(Datasource::type).filter(type -> !type.builtIn())
                .forEach(type -> plugins.add(type.pluginId()));
        return plugins;
    }
}
