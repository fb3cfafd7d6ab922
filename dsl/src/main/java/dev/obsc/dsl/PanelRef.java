package dev.obsc.dsl;

/** A typed handle on a panel of a dashboard; a panel declared with it carries its key. */
public record PanelRef(DashboardRef dashboard, String key) {
}
