package dev.obsc.compiler.analysis;

import dev.obsc.compiler.analysis.routing.AlertRouting;
import dev.obsc.compiler.analysis.routing.Certainty;
import dev.obsc.compiler.analysis.routing.RoutingTable;
import dev.obsc.compiler.diagnostics.Diagnostics;
import dev.obsc.model.AlertsQuery;
import dev.obsc.model.Dashboard;
import dev.obsc.model.Matcher;
import dev.obsc.model.MonitoringModel;
import dev.obsc.model.Panel;
import dev.obsc.model.Receiver;
import dev.obsc.model.Target;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Panels that list Alertmanager's active alerts, checked against the declared alerts and routing:
 * the receiver they narrow to must exist, their filters must survive the datasource's
 * comma-separated format, and some declared alert must be able to appear in the table.
 */
final class AlertsQueryChecks {
    private AlertsQueryChecks() {
    }

    static void check(MonitoringModel model, RoutingTable routing, Diagnostics out) {
        Set<String> receivers = model.alertmanager().receivers().stream().map(Receiver::name)
                .collect(Collectors.toCollection(TreeSet::new));
        for (Dashboard dashboard : model.grafana().dashboards()) {
            for (Panel panel : dashboard.panels()) {
                for (Target target : panel.targets()) {
                    target.alerts().ifPresent(query -> check(query, panel, dashboard, receivers, routing, out));
                }
            }
        }
    }

    private static void check(AlertsQuery query, Panel panel, Dashboard dashboard, Set<String> receivers,
                              RoutingTable routing, Diagnostics out) {
        String what = "panel '" + panel.title() + "' of dashboard '" + dashboard.uid() + "'";
        List<Matcher> withComma = query.filters().stream().filter(m -> m.value().contains(",")).toList();
        for (Matcher filter : withComma) {
            out.error("GRAF028", panel.position(), what + " filters alerts on " + filter + "; the Alertmanager"
                    + " datasource splits filters at commas, so a value cannot contain one (write a|b, not a,b)");
        }
        boolean receiverKnown = query.receiver().map(receivers::contains).orElse(true);
        if (!receiverKnown) {
            out.error("GRAF029", panel.position(), what + " lists the alerts of receiver '" + query.receiver().get()
                    + "', which Alertmanager does not declare; declared: " + receivers);
            return;
        }
        if (!withComma.isEmpty()) {
            return;
        }
        // Filters on a $variable depend on the viewer's choice; only the fixed ones can be judged.
        List<Matcher> fixed = query.filters().stream()
                .filter(m -> GrafanaVariables.used(m.value()).isEmpty()).toList();
        boolean someAlertCanShow = routing.alerts().stream().anyMatch(alert -> canShow(alert, fixed, query));
        if (!routing.alerts().isEmpty() && !someAlertCanShow) {
            out.warning("GRAF030", panel.position(), what + " lists active alerts matching " + fixed
                    + query.receiver().map(r -> " routed to '" + r + "'").orElse("")
                    + ", but no declared alert can match, so the table would always be empty");
        }
    }

    private static boolean canShow(AlertRouting alert, List<Matcher> filters, AlertsQuery query) {
        return alert.labels().matchesAll(filters) != Certainty.NO
                && query.receiver().map(r -> alert.receivers().contains(r)).orElse(true);
    }
}
