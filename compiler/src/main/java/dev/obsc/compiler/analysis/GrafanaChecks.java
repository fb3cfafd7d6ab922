package dev.obsc.compiler.analysis;

import dev.obsc.compiler.diagnostics.Diagnostics;
import dev.obsc.compiler.lowering.grafana.DashboardLayout;
import dev.obsc.compiler.lowering.grafana.GrafanaDatasources;
import dev.obsc.compiler.lowering.grafana.PlacedPanel;
import dev.obsc.model.Dashboard;
import dev.obsc.model.Datasource;
import dev.obsc.model.DatasourceType;
import dev.obsc.model.GrafanaModel;
import dev.obsc.model.Panel;
import dev.obsc.model.PanelLink;
import dev.obsc.model.PanelType;
import dev.obsc.model.SourcePosition;
import dev.obsc.model.Target;
import dev.obsc.model.TargetKind;
import dev.obsc.model.Variable;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Dashboards that Grafana would accept and that show what they claim: valid, unique uids;
 * datasources that are provisioned and can run the panel's queries; every {@code $variable}
 * defined; panels that fit the 24-column grid without overlapping; unique panel keys.
 */
final class GrafanaChecks {
    private static final Pattern UID = Pattern.compile("[a-zA-Z0-9_-]{1,40}");
    /** What each panel type can show; panels not listed show PromQL results. */
    private static final Map<PanelType, Set<TargetKind>> PANEL_KINDS = Map.of(
            PanelType.LOGS, Set.of(TargetKind.LOGQL),
            PanelType.TRACES, Set.of(TargetKind.JAEGER_SEARCH, TargetKind.JAEGER_TRACE),
            PanelType.NODE_GRAPH, Set.of(TargetKind.JAEGER_DEPENDENCIES, TargetKind.JAEGER_TRACE),
            PanelType.TABLE, Set.of(TargetKind.PROMQL, TargetKind.LOGQL, TargetKind.JAEGER_SEARCH,
                    TargetKind.ALERTMANAGER_ALERTS));
    private static final Pattern LOG_STREAM_SELECTOR =
            Pattern.compile("^\\s*\\{\\s*[a-zA-Z_][a-zA-Z0-9_]*\\s*(=|!=|=~|!~)\\s*\"");
    static final Pattern RELATIVE_TIME = Pattern.compile("now(-\\d+[smhdwMy])?(/[smhdwMy])?");

    private GrafanaChecks() {
    }

    static void check(GrafanaModel grafana, Diagnostics out) {
        if (grafana.majorVersion() < 9 || grafana.majorVersion() > 11) {
            // The model has no position of its own: point at the first thing declared for Grafana.
            out.error("GRAF034", grafana.versionPosition(), "Grafana " + grafana.majorVersion() + " is not a supported target;"
                    + " dashboards are emitted for Grafana 9, 10 or 11");
        }
        Map<String, Datasource> datasources = new HashMap<>();
        for (Datasource d : grafana.datasources()) {
            if (datasources.putIfAbsent(d.uid(), d) != null) {
                out.error("GRAF001", d.position(), "datasource uid '" + d.uid() + "' is declared twice");
            }
            if (!UID.matcher(d.uid()).matches()) {
                out.error("GRAF002", d.position(), "datasource uid '" + d.uid() + "' must be 1-40 characters of"
                        + " [a-zA-Z0-9_-]");
            }
            if (!d.streamLabels().isEmpty() && d.type() != DatasourceType.LOKI) {
                out.error("GRAF036", d.position(), "datasource '" + d.uid() + "' declares stream labels "
                        + d.streamLabels() + ", but only Loki datasources have log streams");
            }
            if (!AlertChecks.isHttpUrl(d.url())) {
                out.error("GRAF003", d.position(), "datasource '" + d.uid() + "' has URL '" + d.url()
                        + "', which is not an absolute http(s) URL");
            }
        }
        if (grafana.datasources().stream().filter(Datasource::isDefault).count() > 1) {
            out.error("GRAF004", grafana.datasources().get(0).position(), "more than one datasource is marked default");
        }
        Map<String, Dashboard> uids = new HashMap<>();
        for (Dashboard dashboard : grafana.dashboards()) {
            Dashboard earlier = uids.putIfAbsent(dashboard.uid(), dashboard);
            if (earlier != null) {
                out.error("GRAF005", dashboard.position(), "dashboard uid '" + dashboard.uid() + "' is already used by"
                        + " the dashboard at " + earlier.position() + "; Grafana would keep only one of them");
            }
            checkDashboard(dashboard, grafana, datasources, out);
        }
        LinkTargets targets = new LinkTargets(grafana.dashboards());
        for (Dashboard dashboard : grafana.dashboards()) {
            String what = "dashboard '" + dashboard.uid() + "'";
            dashboard.links().forEach(link -> targets.check(link.target(), what, LinkTargets.DASHBOARD, out));
            for (Panel panel : dashboard.panels()) {
                panel.links().forEach(link -> link.target().ifPresent(target ->
                        targets.check(target, "panel '" + panel.title() + "' of " + what, LinkTargets.DASHBOARD, out)));
            }
        }
    }

    private static void checkDashboard(Dashboard dashboard, GrafanaModel grafana, Map<String, Datasource> datasources,
                                       Diagnostics out) {
        String what = "dashboard '" + dashboard.uid() + "'";
        if (!UID.matcher(dashboard.uid()).matches()) {
            out.error("GRAF002", dashboard.position(), what + ": a uid must be 1-40 characters of [a-zA-Z0-9_-]");
        }
        if (!Durations.isValid(dashboard.refresh())) {
            out.error("GRAF006", dashboard.position(), what + " refreshes every '" + dashboard.refresh()
                    + "'; use a duration such as 30s or 5m");
        } else if (dev.obsc.compiler.promql.Duration.parse(dashboard.refresh()).get().millis() < 5_000) {
            out.warning("GRAF025", dashboard.position(), what + " refreshes every " + dashboard.refresh()
                    + ", below Grafana's default minimum of 5s; Grafana would refresh it every 5s instead");
        }
        boolean afterTitledRow = false;
        for (dev.obsc.model.Row row : dashboard.rows()) {
            if (row.title().isEmpty() && afterTitledRow) {
                out.error("GRAF024", row.position(), what + " has untitled panels after a titled row; Grafana would"
                        + " show them inside that row. Declare them first, or give them a row of their own");
            }
            afterTitledRow |= row.title().isPresent();
        }
        if (!RELATIVE_TIME.matcher(dashboard.timeFrom()).matches() || !RELATIVE_TIME.matcher(dashboard.timeTo()).matches()) {
            out.error("GRAF007", dashboard.position(), what + " has time range " + dashboard.timeFrom() + " to "
                    + dashboard.timeTo() + "; use Grafana's relative times such as now-6h and now");
        }
        Set<String> defined = new HashSet<>();
        for (Variable variable : dashboard.variables()) {
            if (!defined.add(variable.name())) {
                out.error("GRAF008", variable.position(), what + " defines variable '" + variable.name() + "' twice");
            }
            variable.datasourceUid().filter(uid -> !datasources.containsKey(uid)).ifPresent(uid ->
                    out.error("GRAF009", variable.position(), "variable '" + variable.name() + "' of " + what
                            + " queries datasource '" + uid + "', which is not provisioned; declared: "
                            + new java.util.TreeSet<>(datasources.keySet())));
            boolean needsChoices = variable.type() == dev.obsc.model.VariableType.CUSTOM
                    || variable.type() == dev.obsc.model.VariableType.INTERVAL;
            if (needsChoices && variable.options().isEmpty()
                    || variable.type() == dev.obsc.model.VariableType.QUERY && variable.query().map(String::isBlank).orElse(true)) {
                out.error("GRAF026", variable.position(), "variable '" + variable.name() + "' of " + what
                        + " has nothing to choose from; give it options or a query");
            }
            // A chained variable may only use variables defined before it: Grafana resolves in order.
            variable.query().ifPresent(query -> undefined(query, defined, variable.name()).ifPresent(name ->
                    out.error("GRAF010", variable.position(), "variable '" + variable.name() + "' of " + what
                            + " uses $" + name + ", which is not defined before it")));
        }
        Set<String> keys = new HashSet<>();
        List<PlacedPanel> placed = DashboardLayout.place(dashboard);
        for (Panel panel : dashboard.panels()) {
            String panelWhat = "panel '" + panel.title() + "' of " + what;
            if (!keys.add(panel.key())) {
                out.error("GRAF011", panel.position(), panelWhat + " has key '" + panel.key() + "', which another panel"
                        + " of the dashboard has; links could not tell them apart. Give one a PanelRef of its own");
            }
            int x = panel.placedAt().map(dev.obsc.model.GridPosition::x).orElse(0);
            if (panel.width() < 1 || panel.height() < 1 || x < 0 || x + panel.width() > DashboardLayout.COLUMNS
                    || panel.placedAt().map(at -> at.y() < 0).orElse(false)) {
                out.error("GRAF012", panel.position(), panelWhat + " is " + panel.width() + "x" + panel.height()
                        + " at x=" + x + "; the grid is 24 columns wide, so x + width must be at most 24 and height at least 1");
            }
            undefined(panel.title(), defined, null).ifPresent(name -> out.error("GRAF013", panel.position(),
                    panelWhat + " uses $" + name + " in its title, which the dashboard does not define"));
            checkPanelData(panel, panelWhat, grafana, datasources, defined, out);
        }
        checkOverlaps(placed, what, out);
    }

    /**
     * A stream selector on a label the Loki datasource's streams do not carry matches no stream, and
     * Grafana shows an empty panel without an error. Checked when the datasource declares its labels.
     */
    private static void checkStreamLabels(String logql, Datasource loki, String what, Panel panel, Diagnostics out) {
        if (loki.type() != DatasourceType.LOKI || loki.streamLabels().isEmpty()) {
            return;
        }
        LogStreamSelector.labels(logql).orElse(List.of()).stream()
                .filter(label -> !loki.streamLabels().contains(label))
                .forEach(label -> out.error("GRAF035", panel.position(), what + " selects log streams by label '"
                        + label + "', which the streams of Loki datasource '" + loki.uid() + "' do not carry;"
                        + " declared: " + loki.streamLabels() + " (other fields are structured metadata or parsed"
                        + " labels: filter them after the selector, e.g. | " + label + "=\"...\")"));
    }

    private static void checkPanelData(Panel panel, String what, GrafanaModel grafana,
                                       Map<String, Datasource> datasources, Set<String> defined, Diagnostics out) {
        if (panel.type() == PanelType.TEXT) {
            if (panel.content().map(String::isBlank).orElse(true)) {
                out.error("GRAF027", panel.position(), what + " is a text panel without content");
            }
            return;
        }
        if (panel.targets().isEmpty()) {
            out.error("GRAF014", panel.position(), what + " has no query; add query(...)");
        }
        Optional<Datasource> datasource = GrafanaDatasources.of(grafana, panel);
        DatasourceType needed = panel.targetKind().datasource();
        if (datasource.isEmpty()) {
            out.error("GRAF015", panel.position(), what + " queries datasource '"
                    + panel.datasourceUid().orElse("(default " + needed.pluginId() + ")") + "', which is not provisioned;"
                    + " declared: " + new java.util.TreeSet<>(datasources.keySet()));
        } else if (datasource.get().type() != needed) {
            out.error("GRAF016", panel.position(), what + " runs " + panel.targetKind() + " queries on the "
                    + datasource.get().type().pluginId() + " datasource '" + datasource.get().uid() + "'");
        }
        if (panel.targets().stream().map(Target::kind).distinct().count() > 1) {
            out.error("GRAF019", panel.position(), what + " mixes query languages; one panel reads one datasource");
        }
        if (!PANEL_KINDS.getOrDefault(panel.type(), Set.of(TargetKind.PROMQL)).contains(panel.targetKind())) {
            out.error("GRAF020", panel.position(), what + " is a " + panel.type().pluginId() + " panel, which cannot show "
                    + panel.targetKind() + " results");
        }
        for (Target target : panel.targets()) {
            target.legendFormat().flatMap(legend -> undefined(legend, defined, null)).ifPresent(name -> out.error(
                    "GRAF017", panel.position(), what + " uses $" + name + " in a legend, which the dashboard does not"
                            + " define"));
            undefined(target.expr().promql(), defined, null).ifPresent(name -> out.error("GRAF017", panel.position(),
                    what + " uses $" + name + " in a query, which the dashboard does not define; define it with a"
                            + " variable or use a literal"));
            if (target.kind() == TargetKind.LOGQL && !LOG_STREAM_SELECTOR.matcher(target.expr().promql()).find()) {
                out.error("GRAF021", panel.position(), what + " has LogQL '" + target.expr().promql() + "', which does"
                        + " not start with a stream selector such as {job=\"api\"}");
            } else if (target.kind() == TargetKind.LOGQL) {
                datasource.ifPresent(loki -> checkStreamLabels(target.expr().promql(), loki, what, panel, out));
            }
        }
        for (PanelLink link : panel.links()) {
            undefined(link.url(), defined, null).ifPresent(name -> out.error("GRAF022", panel.position(),
                    what + " links to '" + link.url() + "', which uses $" + name + " that the dashboard does not define"));
        }
        panel.repeat().filter(r -> !defined.contains(r.variable())).ifPresent(r -> out.error("GRAF023",
                panel.position(), what + " repeats for variable '" + r.variable() + "', which the dashboard does not define"));
    }

    private static Optional<String> undefined(String text, Set<String> defined, String self) {
        return GrafanaVariables.used(text).stream().filter(name -> !defined.contains(name) && !name.equals(self))
                .findFirst();
    }

    private static void checkOverlaps(List<PlacedPanel> placed, String what, Diagnostics out) {
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                PlacedPanel a = placed.get(i);
                PlacedPanel b = placed.get(j);
                boolean sameLayer = a.nestedIn().equals(b.nestedIn());
                boolean overlap = a.x() < b.x() + b.w() && b.x() < a.x() + a.w()
                        && a.y() < b.y() + b.h() && b.y() < a.y() + a.h();
                if (sameLayer && overlap) {
                    out.error("GRAF018", b.panel().map(p -> p.position()).orElse(dev.obsc.model.SourcePosition.UNKNOWN),
                            what + ": panels " + a.id() + " and " + b.id() + " overlap on the grid");
                }
            }
        }
    }
}
