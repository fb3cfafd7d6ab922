package dev.obsc.compiler.analysis.routing;

import java.util.List;

/** Every declared alert with where it is delivered. */
public record RoutingTable(List<AlertRouting> alerts) {
    public static final RoutingTable EMPTY = new RoutingTable(List.of());

    public RoutingTable {
        alerts = List.copyOf(alerts);
    }
}
