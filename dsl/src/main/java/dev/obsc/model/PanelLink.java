package dev.obsc.model;

import java.util.Optional;

/**
 * A link on a panel or its data points. {@code url} may use Grafana's variables
 * ({@code ${__field.labels.job}}, {@code ${__value.raw}}, dashboard variables) and is checked for them.
 * A link with a {@code target} goes to a declared dashboard or panel instead: the compiler builds
 * its URL, and the viewer's time range and variables go along.
 */
public record PanelLink(String title, String url, boolean dataLink, Optional<DashboardLink> target) {

    /** A link to a URL. */
    public PanelLink(String title, String url, boolean dataLink) {
        this(title, url, dataLink, Optional.empty());
    }

    /** A header link to a declared dashboard or panel. */
    public static PanelLink to(String title, DashboardLink target) {
        return new PanelLink(title, "", false, Optional.of(target));
    }
}
