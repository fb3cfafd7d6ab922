package dev.obsc.dsl;

import dev.obsc.model.DashboardLink;

import java.util.Optional;

/** A typed handle on a panel of a dashboard; a panel declared with it carries its key. */
public record PanelRef(DashboardRef dashboard, String key) {
    /** A link to this panel, at the definition that asks for it. */
    DashboardLink link() {
        return new DashboardLink(dashboard.uid(), Optional.of(key), Positions.caller());
    }
}
