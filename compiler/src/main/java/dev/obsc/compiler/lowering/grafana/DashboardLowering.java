package dev.obsc.compiler.lowering.grafana;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.obsc.compiler.lowering.QueryPrinter;
import dev.obsc.compiler.lowering.Trees;
import dev.obsc.model.Dashboard;
import dev.obsc.model.Datasource;
import dev.obsc.model.GrafanaModel;
import dev.obsc.model.Panel;
import dev.obsc.model.PanelLink;
import dev.obsc.model.Variable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A dashboard as classic Grafana dashboard JSON, for the declared Grafana version (default 11, schemaVersion 39). */
final class DashboardLowering {
    /** The value Grafana stores for a variable's "All" choice. */
    private static final String ALL = "$__all";
    private final GrafanaModel grafana;
    private final PanelLowering panels;

    DashboardLowering(GrafanaModel grafana, QueryPrinter queries) {
        this.grafana = grafana;
        this.panels = new PanelLowering(queries, new DashboardLinks(grafana));
    }

    /**
     * The schemaVersion Grafana {@code major} writes: emitting the version the target Grafana
     * saves means its migrations leave the JSON alone and a UI save makes no noisy diff.
     */
    static int schemaVersionFor(int major) {
        if (major >= 11) {
            return 39;
        }
        return major == 10 ? 38 : 37;
    }

    ObjectNode lower(Dashboard dashboard) {
        ObjectNode node = Trees.object();
        node.putObject("annotations").set("list", Trees.array().add(builtInAnnotations()));
        node.put("description", dashboard.description());
        node.put("editable", false);
        node.put("fiscalYearStartMonth", 0);
        node.put("graphTooltip", 1);
        node.putNull("id");
        node.set("links", panels.links(dashboard.links().stream()
                .map(link -> PanelLink.to(link.title(), link.target())).toList()));
        node.set("panels", panels(dashboard));
        node.put("refresh", dashboard.refresh());
        node.put("schemaVersion", schemaVersionFor(grafana.majorVersion()));
        node.set("tags", Trees.strings(dashboard.tags()));
        ArrayNode variables = node.putObject("templating").putArray("list");
        dashboard.variables().forEach(v -> variables.add(variable(v)));
        node.putObject("time").put("from", dashboard.timeFrom()).put("to", dashboard.timeTo());
        node.putObject("timepicker");
        node.put("timezone", "browser");
        node.put("title", dashboard.title());
        node.put("uid", dashboard.uid());
        node.put("version", 1);
        node.put("weekStart", "");
        return node;
    }

    private ArrayNode panels(Dashboard dashboard) {
        ArrayNode top = Trees.array();
        Map<Integer, ArrayNode> collapsedRows = new HashMap<>();
        for (PlacedPanel placed : DashboardLayout.place(dashboard)) {
            if (placed.isRow()) {
                ObjectNode row = Trees.object();
                boolean collapsed = placed.row().get().collapsed();
                row.put("collapsed", collapsed);
                row.set("gridPos", PanelLowering.gridPos(placed));
                row.put("id", placed.id());
                ArrayNode nested = row.putArray("panels");
                if (collapsed) {
                    collapsedRows.put(placed.id(), nested);
                }
                row.put("title", placed.row().get().title().get());
                row.put("type", "row");
                top.add(row);
                continue;
            }
            Panel panel = placed.panel().get();
            ObjectNode lowered = panels.lower(placed, panel, datasourceOf(panel));
            placed.nestedIn().map(collapsedRows::get).orElse(top).add(lowered);
        }
        return top;
    }

    /** The panel's datasource; analysis has made sure there is one wherever a panel queries. */
    private Datasource datasourceOf(Panel panel) {
        return GrafanaDatasources.of(grafana, panel).orElse(null);
    }

    private ObjectNode variable(Variable variable) {
        ObjectNode node = Trees.object();
        variable.allValue().ifPresent(all -> node.put("allValue", all));
        node.putObject("current");
        variable.datasourceUid().flatMap(uid -> grafana.datasources().stream()
                .filter(d -> d.uid().equals(uid)).findFirst())
                .ifPresent(d -> node.set("datasource", PanelLowering.reference(d)));
        variable.query().ifPresent(q -> node.put("definition", q));
        node.put("hide", 0);
        node.put("includeAll", variable.includeAll());
        variable.label().ifPresent(l -> node.put("label", l));
        node.put("multi", variable.multi());
        node.put("name", variable.name());
        ArrayNode options = node.putArray("options");
        switch (variable.type()) {
            case QUERY -> {
                node.put("query", variable.query().orElse(""));
                node.put("refresh", 2);
                node.put("regex", "");
                node.put("sort", 1);
            }
            case CUSTOM, INTERVAL -> {
                node.put("query", String.join(",", variable.options()));
                // "All" (when offered) is the default choice, otherwise the first option.
                boolean first = true;
                if (variable.includeAll()) {
                    options.addObject().put("selected", true).put("text", "All").put("value", ALL);
                    ObjectNode current = node.putObject("current").put("selected", true);
                    current.set("text", Trees.strings(List.of("All")));
                    current.set("value", Trees.strings(List.of(ALL)));
                    first = false;
                }
                for (String option : variable.options()) {
                    options.addObject().put("selected", first).put("text", option).put("value", option);
                    first = false;
                }
                if (!variable.options().isEmpty() && !variable.includeAll()) {
                    node.putObject("current").put("selected", true).put("text", variable.options().get(0))
                            .put("value", variable.options().get(0));
                }
                if (variable.type() == dev.obsc.model.VariableType.INTERVAL) {
                    node.put("auto", false);
                    node.put("refresh", 2);
                }
            }
            case DATASOURCE -> {
                node.put("query", variable.query().orElse(""));
                node.put("refresh", 1);
                node.put("regex", "");
            }
            case CONSTANT, TEXTBOX -> {
                node.put("query", variable.query().orElse(""));
                node.putObject("current").put("text", variable.query().orElse(""))
                        .put("value", variable.query().orElse(""));
                if (variable.type() == dev.obsc.model.VariableType.CONSTANT) {
                    node.put("hide", 2);
                }
            }
            case ADHOC -> node.put("query", "");
        }
        node.put("type", variable.type().grafanaId());
        return node;
    }

    private static ObjectNode builtInAnnotations() {
        ObjectNode annotation = Trees.object();
        annotation.put("builtIn", 1);
        annotation.putObject("datasource").put("type", "grafana").put("uid", "-- Grafana --");
        annotation.put("enable", true);
        annotation.put("hide", true);
        annotation.put("iconColor", "rgba(0, 211, 255, 1)");
        annotation.put("name", "Annotations & Alerts");
        annotation.put("type", "dashboard");
        return annotation;
    }
}
