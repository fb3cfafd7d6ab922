package dev.obsc.compiler.analysis.routing;

import dev.obsc.model.Route;

import java.util.List;

/**
 * Where an alert ends up: the route that takes it, with the settings in effect there (inherited
 * from ancestors where the route leaves them unset), and whether it surely gets there.
 */
public record Delivery(Route route, String receiver, List<String> groupBy, String groupWait, String groupInterval,
                       String repeatInterval, List<String> muteTimeIntervals, List<String> activeTimeIntervals,
                       Certainty certainty) {
}
