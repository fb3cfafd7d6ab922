package dev.obsc.model;

import java.util.List;
import java.util.Optional;

/**
 * A node of the Alertmanager routing tree. Unset (empty) fields are inherited from the parent,
 * exactly as Alertmanager does.
 */
public record Route(Optional<String> receiver, List<Matcher> matchers, Optional<List<String>> groupBy,
                    Optional<String> groupWait, Optional<String> groupInterval, Optional<String> repeatInterval,
                    boolean continueMatching, List<String> muteTimeIntervals, List<String> activeTimeIntervals,
                    List<Route> routes, SourcePosition position) {
    public Route {
        matchers = List.copyOf(matchers);
        groupBy = groupBy.map(List::copyOf);
        muteTimeIntervals = List.copyOf(muteTimeIntervals);
        activeTimeIntervals = List.copyOf(activeTimeIntervals);
        routes = List.copyOf(routes);
    }
}
