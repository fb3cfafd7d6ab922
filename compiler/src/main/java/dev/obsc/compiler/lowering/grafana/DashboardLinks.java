package dev.obsc.compiler.lowering.grafana;

import dev.obsc.model.Dashboard;
import dev.obsc.model.DashboardLink;
import dev.obsc.model.GrafanaModel;

import java.util.Locale;
import java.util.Optional;

/** Typed dashboard links as Grafana URLs: {@code <base>/d/<uid>/<slug>[?viewPanel=<id>]}, or just their path. */
public final class DashboardLinks {
    private final GrafanaModel grafana;

    public DashboardLinks(GrafanaModel grafana) {
        this.grafana = grafana;
    }

    /** The URL of a link, or empty when its dashboard or panel is not declared. */
    public Optional<String> url(DashboardLink link) {
        return path(link).map(path -> stripTrailingSlash(grafana.baseUrl()) + path);
    }

    /**
     * The link's path inside Grafana, {@code /d/<uid>/<slug>[?viewPanel=<id>]}, for links between
     * dashboards (which work on any host Grafana is served from); empty when not declared.
     */
    public Optional<String> path(DashboardLink link) {
        Optional<Dashboard> dashboard = grafana.dashboards().stream()
                .filter(d -> d.uid().equals(link.dashboardUid())).findFirst();
        if (dashboard.isEmpty()) {
            return Optional.empty();
        }
        String base = "/d/" + link.dashboardUid() + "/" + slug(dashboard.get().title());
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
