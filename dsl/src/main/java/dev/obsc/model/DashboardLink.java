package dev.obsc.model;

import java.util.List;
import java.util.Optional;

/**
 * A typed reference from an alert to a dashboard (and optionally one of its panels), resolved
 * by the compiler into a URL; never a hand-typed URL. It may set the dashboard's variables and
 * time range ({@code timeFrom}/{@code timeTo} in Grafana's relative syntax, e.g. now-6h).
 */
public record DashboardLink(String dashboardUid, Optional<String> panelKey, SourcePosition position,
                            List<LinkVariable> variables, Optional<String> timeFrom, Optional<String> timeTo) {
    public DashboardLink {
        variables = List.copyOf(variables);
    }

    /** A link that opens the dashboard (or panel) as it is saved. */
    public DashboardLink(String dashboardUid, Optional<String> panelKey, SourcePosition position) {
        this(dashboardUid, panelKey, position, List.of(), Optional.empty(), Optional.empty());
    }
}
