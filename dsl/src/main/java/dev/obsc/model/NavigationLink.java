package dev.obsc.model;

/**
 * A link in a dashboard's header to another declared dashboard (or one of its panels), carrying
 * the viewer's time range and variables along; the compiler resolves it into Grafana's URL.
 */
public record NavigationLink(String title, DashboardLink target) {
}
