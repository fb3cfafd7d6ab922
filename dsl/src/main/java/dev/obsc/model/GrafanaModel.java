package dev.obsc.model;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The Grafana side: the target Grafana version (major), where Grafana is served (for links), its
 * datasources and dashboards. With {@code sloDashboards} the compiler adds dashboards generated from
 * the SLOs. {@code versionPosition} is where the version was chosen (unknown for the default).
 */
public record GrafanaModel(int majorVersion, String baseUrl, List<Datasource> datasources, List<Dashboard> dashboards,
                           Optional<SloDashboardSettings> sloDashboards, SourcePosition versionPosition) {
    public GrafanaModel {
        datasources = List.copyOf(datasources);
        dashboards = List.copyOf(dashboards);
    }

    /** Without dashboards generated from SLOs, for the default version. */
    public GrafanaModel(int majorVersion, String baseUrl, List<Datasource> datasources, List<Dashboard> dashboards) {
        this(majorVersion, baseUrl, datasources, dashboards, Optional.empty(), SourcePosition.UNKNOWN);
    }

    /** This model with more dashboards appended (those generated from SLOs). */
    public GrafanaModel withDashboards(List<Dashboard> more) {
        List<Dashboard> all = new java.util.ArrayList<>(dashboards);
        all.addAll(more);
        return new GrafanaModel(majorVersion, baseUrl, datasources, all, sloDashboards, versionPosition);
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
