package dev.obsc.compiler.analysis;

import dev.obsc.compiler.diagnostics.Diagnostics;
import dev.obsc.model.Dashboard;
import dev.obsc.model.DashboardLink;
import dev.obsc.model.LinkVariable;
import dev.obsc.model.Panel;
import dev.obsc.model.Variable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Typed dashboard links, checked the same way wherever they are declared (alerts, dashboards,
 * panels): the dashboard is declared, the panel it names is one of that dashboard's, and every
 * variable it sets is the dashboard's (Grafana ignores a var- parameter for a variable the
 * dashboard lacks, so the link would not filter). Dashboards are indexed once: thousands of SLO
 * alerts link into them.
 */
final class LinkTargets {
    /** The codes a kind of link reports its three mistakes under. */
    record Codes(String noDashboard, String noPanel, String noVariable) {
    }

    static final Codes ALERT = new Codes("ALERT009", "ALERT010", "ALERT014");
    static final Codes DASHBOARD = new Codes("GRAF031", "GRAF032", "GRAF037");

    /** What a link may refer to in a dashboard: its panel keys and variable names. */
    private record Target(Set<String> panelKeys, Set<String> variables) {
        static Target of(Dashboard dashboard) {
            return new Target(dashboard.panels().stream().map(Panel::key).collect(Collectors.toSet()),
                    dashboard.variables().stream().map(Variable::name).collect(Collectors.toCollection(TreeSet::new)));
        }
    }

    private final Map<String, Target> byUid = new HashMap<>();

    LinkTargets(List<Dashboard> dashboards) {
        dashboards.forEach(d -> byUid.putIfAbsent(d.uid(), Target.of(d)));
    }

    void check(DashboardLink link, String what, Codes codes, Diagnostics out) {
        Target target = byUid.get(link.dashboardUid());
        if (target == null) {
            out.error(codes.noDashboard(), link.position(), what + " links to dashboard '" + link.dashboardUid()
                    + "', which is not declared; declare it with grafana().dashboard(...) or link one of "
                    + new TreeSet<>(byUid.keySet()));
            return;
        }
        link.panelKey().filter(key -> !target.panelKeys().contains(key)).ifPresent(key -> out.error(codes.noPanel(),
                link.position(), what + " links to panel '" + key + "' of dashboard '" + link.dashboardUid()
                        + "', which has no such panel; declare it with panel(ref, ...)"));
        for (LinkVariable variable : link.variables()) {
            if (!target.variables().contains(variable.name())) {
                out.error(codes.noVariable(), link.position(), what + " sets variable '" + variable.name()
                        + "' of dashboard '" + link.dashboardUid() + "', which does not define it; defined: "
                        + target.variables());
            }
        }
    }
}
