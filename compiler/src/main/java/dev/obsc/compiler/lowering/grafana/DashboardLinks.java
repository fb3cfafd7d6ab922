package dev.obsc.compiler.lowering.grafana;

import dev.obsc.model.Dashboard;
import dev.obsc.model.DashboardLink;
import dev.obsc.model.GrafanaModel;

import java.util.Locale;
import java.util.Optional;

/** Typed dashboard links as Grafana URLs: {@code <base>/d/<uid>/<slug>[?viewPanel=<id>]}. */
public final class DashboardLinks {
    private final GrafanaModel grafana;
    private final String baseUrl;

    public DashboardLinks(GrafanaModel grafana) {
        this(grafana, grafana.baseUrl());
    }

    /** Links to the Grafana at {@code baseUrl} (an environment's own Grafana). */
    public DashboardLinks(GrafanaModel grafana, String baseUrl) {
        this.grafana = grafana;
        this.baseUrl = baseUrl;
    }

    /** The URL of a link, or empty when its dashboard or panel is not declared. */
    public Optional<String> url(DashboardLink link) {
        Optional<Dashboard> dashboard = grafana.dashboards().stream()
                .filter(d -> d.uid().equals(link.dashboardUid())).findFirst();
        if (dashboard.isEmpty()) {
            return Optional.empty();
        }
        String base = stripTrailingSlash(baseUrl) + "/d/" + link.dashboardUid() + "/"
                + slug(dashboard.get().title());
        if (link.panelKey().isEmpty()) {
            return Optional.of(base);
        }
        return DashboardLayout.panelId(dashboard.get(), link.panelKey().get()).map(id -> base + "?viewPanel=" + id);
    }

    /** Grafana's URL slug of a title: lower case, other characters collapsed to single dashes. */
    static String slug(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
