package dev.obsc.dsl;

import dev.obsc.model.DashboardLink;

import java.util.Optional;

/**
 * A typed handle on a dashboard, declared before the dashboard so that alerts and links can
 * refer to it; the compiler checks that a dashboard with this uid is actually declared.
 */
public record DashboardRef(String uid) {
    public static DashboardRef of(String uid) {
        return new DashboardRef(uid);
    }

    /** A handle on one of this dashboard's panels, identified by a stable key. */
    public PanelRef panel(String key) {
        return new PanelRef(this, key);
    }

    /** A link to this dashboard, at the definition that asks for it. */
    DashboardLink link() {
        return new DashboardLink(uid, Optional.empty(), Positions.caller());
    }
}
