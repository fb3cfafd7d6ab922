package dev.obsc.dsl;

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
}
