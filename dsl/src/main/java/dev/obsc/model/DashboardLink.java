package dev.obsc.model;

import java.util.Optional;

/**
 * A typed reference from an alert to a dashboard (and optionally one of its panels), resolved
 * by the compiler into a URL; never a hand-typed URL.
 */
public record DashboardLink(String dashboardUid, Optional<String> panelKey, SourcePosition position) {
}
