package dev.obsc.compiler.analysis.routing;

import dev.obsc.compiler.diagnostics.Diagnostics;
import dev.obsc.model.AlertmanagerModel;
import dev.obsc.model.InhibitRule;
import dev.obsc.model.Integration;
import dev.obsc.model.Receiver;
import dev.obsc.model.Route;
import dev.obsc.model.Severity;
import dev.obsc.model.TimeInterval;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Routes every declared alert through the tree as Alertmanager would, and reports what no single
 * {@code amtool} query shows: routes no alert reaches, routes shadowed by an earlier sibling,
 * alerts that only reach the default receiver, critical alerts that page no one, unused receivers
 * and time intervals, and inhibit rules that match nothing or compare labels an alert lacks.
 */
public final class RoutingAnalysis {
    /** Alertmanager's defaults for the root route's timers. */
    private static final Settings DEFAULTS = new Settings("", List.of(), "30s", "5m", "4h");

    private record Settings(String receiver, List<String> groupBy, String groupWait, String groupInterval,
                            String repeatInterval) {
        Settings under(Route route) {
            return new Settings(route.receiver().orElse(receiver), route.groupBy().orElse(groupBy),
                    route.groupWait().orElse(groupWait), route.groupInterval().orElse(groupInterval),
                    route.repeatInterval().orElse(repeatInterval));
        }
    }

    /** Per route: alerts whose own matchers it matches, and alerts that actually get there. */
    private static final class RouteStats {
        final Set<String> matching = new LinkedHashSet<>();
        final Set<String> reaching = new LinkedHashSet<>();
        Route takenBy;
    }

    private final Map<Route, RouteStats> stats = new IdentityHashMap<>();

    private RoutingAnalysis() {
    }

    public static RoutingTable analyze(AlertmanagerModel am, List<AlertLabels> alerts, Diagnostics out) {
        RoutingAnalysis analysis = new RoutingAnalysis();
        List<AlertRouting> table = new ArrayList<>();
        for (AlertLabels alert : alerts) {
            List<Delivery> deliveries = new ArrayList<>();
            analysis.walk(am.root(), DEFAULTS, Certainty.YES, alert, deliveries);
            table.add(new AlertRouting(alert, deliveries));
        }
        analysis.reportRoutes(am.root(), out);
        reportAlerts(am, table, out);
        reportUnused(am, out);
        reportInhibitions(am, alerts, out);
        return new RoutingTable(table);
    }

    private Certainty walk(Route route, Settings inherited, Certainty reached, AlertLabels alert,
                           List<Delivery> out) {
        Certainty own = route.matchers().isEmpty() ? Certainty.YES : alert.matchesAll(route.matchers());
        RouteStats routeStats = stats.computeIfAbsent(route, r -> new RouteStats());
        if (own != Certainty.NO) {
            routeStats.matching.add(alert.alert().name());
        }
        Certainty here = reached.and(own);
        if (here == Certainty.NO) {
            return Certainty.NO;
        }
        routeStats.reaching.add(alert.alert().name());
        Settings settings = inherited.under(route);
        Certainty taken = Certainty.NO;
        Route stoppedBy = null;
        for (Route child : route.routes()) {
            if (stoppedBy != null) {
                stats.computeIfAbsent(child, r -> new RouteStats()).takenBy = stoppedBy;
                // Still note the alerts the later sibling would match, to tell shadowed from unreachable.
                if ((child.matchers().isEmpty() ? Certainty.YES : alert.matchesAll(child.matchers())) != Certainty.NO) {
                    stats.get(child).matching.add(alert.alert().name());
                }
                continue;
            }
            Certainty matched = walk(child, settings, here, alert, out);
            taken = taken.ordinal() >= matched.ordinal() ? taken : matched;
            if (matched == Certainty.YES && !child.continueMatching()) {
                stoppedBy = child;
            }
        }
        if (taken != Certainty.YES) {
            out.add(new Delivery(route, settings.receiver(), settings.groupBy(), settings.groupWait(),
                    settings.groupInterval(), settings.repeatInterval(), route.muteTimeIntervals(),
                    route.activeTimeIntervals(), taken == Certainty.NO ? here : Certainty.MAYBE));
        }
        return here;
    }

    private void reportRoutes(Route root, Diagnostics out) {
        if (!root.muteTimeIntervals().isEmpty() || !root.activeTimeIntervals().isEmpty()) {
            out.error("ROUTE010", root.position(), "the root route cannot have mute or active time intervals;"
                    + " Alertmanager refuses them there. Put them on a child route");
        }
        for (Route child : root.routes()) {
            reportRoute(child, out);
        }
    }

    private void reportRoute(Route route, Diagnostics out) {
        RouteStats s = stats.getOrDefault(route, new RouteStats());
        if (s.reaching.isEmpty()) {
            if (!s.matching.isEmpty() && s.takenBy != null) {
                out.warning("ROUTE002", route.position(), "route " + describe(route) + " is shadowed: every alert it"
                        + " matches (" + String.join(", ", s.matching) + ") is taken first by the sibling route at "
                        + s.takenBy.position() + ", which has no continue. Move this route above it, or make"
                        + " that route continueMatching()");
            } else {
                out.warning("ROUTE001", route.position(), "route " + describe(route) + " is unreachable: no declared"
                        + " alert matches it" + (route.routes().isEmpty() ? "" : " or its children")
                        + ". Fix its matchers or remove it");
            }
            return; // its children are unreachable for the same reason
        }
        for (Route child : route.routes()) {
            reportRoute(child, out);
        }
    }

    private static void reportAlerts(AlertmanagerModel am, List<AlertRouting> table, Diagnostics out) {
        Set<String> paging = am.receivers().stream()
                .filter(r -> r.integrations().stream().anyMatch(Integration::pages))
                .map(Receiver::name).collect(Collectors.toSet());
        for (AlertRouting routing : table) {
            var alert = routing.labels().alert();
            boolean onlyRoot = routing.deliveries().stream().allMatch(d -> d.route() == am.root());
            if (onlyRoot && !am.root().routes().isEmpty()) {
                out.warning("ROUTE003", alert.position(), "alert '" + alert.name() + "' reaches only the default"
                        + " receiver '" + routing.receivers().get(0) + "' of the root route; route it to its owner,"
                        + " or suppress ROUTE003 with the reason the default is right");
            }
            boolean pages = routing.deliveries().stream()
                    .anyMatch(d -> d.certainty() == Certainty.YES && paging.contains(d.receiver()));
            if (alert.severity() == Severity.CRITICAL && !pages) {
                out.warning("ROUTE004", alert.position(), "critical alert '" + alert.name() + "' pages no one: it"
                        + " reaches " + routing.receivers() + ", none of which surely has a paging integration"
                        + " (PagerDuty or Opsgenie)");
            }
        }
    }

    private static void reportUnused(AlertmanagerModel am, Diagnostics out) {
        Set<String> usedReceivers = new LinkedHashSet<>();
        Set<String> usedIntervals = new LinkedHashSet<>();
        collect(am.root(), usedReceivers, usedIntervals);
        for (Receiver receiver : am.receivers()) {
            if (!usedReceivers.contains(receiver.name())) {
                out.warning("ROUTE005", receiver.position(), "receiver '" + receiver.name() + "' is used by no route;"
                        + " route alerts to it or remove it");
            }
        }
        for (TimeInterval interval : am.timeIntervals()) {
            if (!usedIntervals.contains(interval.name())) {
                out.warning("ROUTE009", interval.position(), "time interval '" + interval.name()
                        + "' is used by no route; use it with muteDuring/activeDuring or remove it");
            }
        }
    }

    private static void collect(Route route, Set<String> receivers, Set<String> intervals) {
        route.receiver().ifPresent(receivers::add);
        intervals.addAll(route.muteTimeIntervals());
        intervals.addAll(route.activeTimeIntervals());
        route.routes().forEach(child -> collect(child, receivers, intervals));
    }

    private static void reportInhibitions(AlertmanagerModel am, List<AlertLabels> alerts, Diagnostics out) {
        for (InhibitRule rule : am.inhibitRules()) {
            List<AlertLabels> sources = alerts.stream()
                    .filter(a -> a.matchesAll(rule.source()) != Certainty.NO).toList();
            List<AlertLabels> targets = alerts.stream()
                    .filter(a -> a.matchesAll(rule.target()) != Certainty.NO).toList();
            if (sources.isEmpty()) {
                out.warning("ROUTE006", rule.position(), "inhibit rule source " + rule.source()
                        + " matches no declared alert, so the rule never mutes anything");
            }
            if (targets.isEmpty()) {
                out.warning("ROUTE007", rule.position(), "inhibit rule target " + rule.target()
                        + " matches no declared alert, so the rule mutes nothing");
            }
            for (String label : rule.equal()) {
                Optional<AlertLabels> lacking = java.util.stream.Stream.concat(sources.stream(), targets.stream())
                        .filter(a -> !a.carries(label)).findFirst();
                lacking.ifPresent(a -> out.warning("ROUTE008", rule.position(), "inhibit rule compares label '"
                        + label + "', which alert '" + a.alert().name() + "' does not carry; a missing label counts"
                        + " as equal to every other missing one, so the rule would mute across services"));
            }
        }
    }

    private static String describe(Route route) {
        return (route.matchers().isEmpty() ? "{}" : route.matchers().toString())
                + route.receiver().map(r -> " -> " + r).orElse("");
    }
}
