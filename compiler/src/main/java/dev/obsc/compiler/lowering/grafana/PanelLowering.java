package dev.obsc.compiler.lowering.grafana;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.obsc.compiler.lowering.QueryPrinter;
import dev.obsc.compiler.lowering.Trees;
import dev.obsc.model.AlertsQuery;
import dev.obsc.model.Datasource;
import dev.obsc.model.FieldDisplay;
import dev.obsc.model.FieldOverride;
import dev.obsc.model.LegendMode;
import dev.obsc.model.Panel;
import dev.obsc.model.PanelLink;
import dev.obsc.model.PanelType;
import dev.obsc.model.Target;
import dev.obsc.model.TargetKind;
import dev.obsc.model.Threshold;
import dev.obsc.model.ValueMapping;

import java.util.List;
import java.util.Locale;

/**
 * One panel as Grafana 11 saves it: every option of its type written out, so that opening and
 * saving the dashboard in Grafana's UI changes as little as possible.
 */
final class PanelLowering {
    private final QueryPrinter queries;
    private final DashboardLinks dashboardLinks;

    PanelLowering(QueryPrinter queries, DashboardLinks dashboardLinks) {
        this.queries = queries;
        this.dashboardLinks = dashboardLinks;
    }

    ObjectNode lower(PlacedPanel placed, Panel panel, Datasource datasource) {
        ObjectNode node = Trees.object();
        if (panel.type() != PanelType.TEXT) {
            node.set("datasource", reference(datasource));
        }
        panel.description().ifPresent(d -> node.put("description", d));
        node.set("fieldConfig", fieldConfig(panel));
        node.set("gridPos", gridPos(placed));
        node.put("id", placed.id());
        List<PanelLink> headerLinks = panel.links().stream().filter(l -> !l.dataLink()).toList();
        if (!headerLinks.isEmpty()) {
            node.set("links", links(headerLinks));
        }
        node.set("options", options(panel));
        panel.repeat().ifPresent(repeat -> {
            node.put("maxPerRow", repeat.maxPerRow());
            node.put("repeat", repeat.variable());
            node.put("repeatDirection", repeat.horizontal() ? "h" : "v");
        });
        if (panel.type() != PanelType.TEXT) {
            node.set("targets", targets(panel, datasource));
        }
        node.put("title", panel.title());
        node.put("type", panel.type().pluginId());
        return node;
    }

    /**
     * Panel and data links, in the link shape Grafana's dashboard schema describes. A link to a
     * declared dashboard or panel opens in place and takes the time range and variables along.
     */
    ArrayNode links(List<PanelLink> links) {
        ArrayNode array = Trees.array();
        for (PanelLink link : links) {
            // Analysis has made sure every typed link resolves.
            String url = link.target().map(target -> dashboardLinks.path(target).orElseThrow()).orElse(link.url());
            boolean internal = link.target().isPresent();
            ObjectNode node = array.addObject();
            node.put("asDropdown", false);
            node.put("icon", internal ? "dashboard" : "external link");
            node.put("includeVars", internal);
            node.put("keepTime", internal);
            node.putArray("tags");
            node.put("targetBlank", !url.startsWith("/"));
            node.put("title", link.title());
            node.put("tooltip", "");
            node.put("type", "link");
            node.put("url", url);
        }
        return array;
    }

    static ObjectNode reference(Datasource datasource) {
        ObjectNode ref = Trees.object();
        ref.put("type", datasource.type().pluginId());
        ref.put("uid", datasource.uid());
        return ref;
    }

    static ObjectNode gridPos(PlacedPanel placed) {
        ObjectNode grid = Trees.object();
        grid.put("h", placed.h());
        grid.put("w", placed.w());
        grid.put("x", placed.x());
        grid.put("y", placed.y());
        return grid;
    }

    private ArrayNode targets(Panel panel, Datasource datasource) {
        ArrayNode targets = Trees.array();
        char refId = 'A';
        for (Target target : panel.targets()) {
            ObjectNode t = targets.addObject();
            if (target.kind() == TargetKind.ALERTMANAGER_ALERTS) {
                t.put("active", true);
            }
            t.set("datasource", reference(datasource));
            switch (target.kind()) {
                case PROMQL -> {
                    t.put("editorMode", "code");
                    t.put("exemplar", target.exemplars());
                    t.put("expr", queries.print(target.expr()));
                    t.put("format", panel.type() == PanelType.HEATMAP ? "heatmap"
                            : panel.type() == PanelType.TABLE ? "table" : "time_series");
                    boolean instant = target.instant() || panel.type() == PanelType.TABLE;
                    t.put("instant", instant);
                    t.put("legendFormat", target.legendFormat().orElse("__auto"));
                    t.put("range", !instant);
                }
                case LOGQL -> {
                    t.put("editorMode", "code");
                    t.put("expr", target.expr().promql());
                    t.put("queryType", "range");
                }
                case JAEGER_SEARCH -> {
                    target.operation().ifPresent(o -> t.put("operation", o));
                    t.put("queryType", "search");
                    t.put("service", target.expr().promql());
                }
                case JAEGER_TRACE -> {
                    t.put("query", target.expr().promql());
                    t.put("queryType", "");
                }
                case JAEGER_DEPENDENCIES -> t.put("queryType", "dependencyGraph");
                case ALERTMANAGER_ALERTS -> {
                    // The datasource's query model: filters are matchers joined by commas.
                    AlertsQuery alerts = target.alerts().orElseThrow();
                    t.put("filters", alerts.filterText());
                    t.put("inhibited", false);
                    t.put("queryType", "alerts");
                    t.put("receiver", alerts.receiver().orElse(""));
                    t.put("silenced", false);
                }
            }
            t.put("refId", String.valueOf(refId++));
        }
        return targets;
    }

    private ObjectNode fieldConfig(Panel panel) {
        ObjectNode config = Trees.object();
        ObjectNode defaults = config.putObject("defaults");
        FieldDisplay display = panel.display();
        ArrayNode overrides = config.putArray("overrides");
        if (panel.type() == PanelType.TEXT) {
            return config;
        }
        ObjectNode color = defaults.putObject("color");
        display.fixedColor().ifPresent(c -> color.put("fixedColor", c));
        color.put("mode", display.colorMode().grafanaId());
        if (panel.type() == PanelType.TIMESERIES) {
            defaults.set("custom", timeseriesCustom());
        }
        display.decimals().ifPresent(d -> defaults.put("decimals", d));
        List<PanelLink> dataLinks = panel.links().stream().filter(PanelLink::dataLink).toList();
        if (!dataLinks.isEmpty()) {
            defaults.set("links", links(dataLinks));
        }
        defaults.set("mappings", mappings(display.mappings()));
        display.max().ifPresent(max -> defaults.put("max", max));
        display.min().ifPresent(min -> defaults.put("min", min));
        ObjectNode thresholds = defaults.putObject("thresholds");
        thresholds.put("mode", "absolute");
        ArrayNode steps = thresholds.putArray("steps");
        for (Threshold threshold : display.thresholds()) {
            ObjectNode step = steps.addObject();
            step.put("color", threshold.color());
            if (threshold.value().isPresent()) {
                step.put("value", threshold.value().get());
            } else {
                step.putNull("value");
            }
        }
        defaults.put("unit", display.unit().grafanaId());
        for (FieldOverride override : display.overrides()) {
            ObjectNode o = overrides.addObject();
            o.putObject("matcher").put("id", "byName").put("options", override.fieldName());
            ArrayNode properties = o.putArray("properties");
            override.displayName().ifPresent(n -> properties.addObject().put("id", "displayName").put("value", n));
            override.unit().ifPresent(u -> properties.addObject().put("id", "unit").put("value", u.grafanaId()));
            override.color().ifPresent(c -> properties.addObject().put("id", "color").putObject("value")
                    .put("fixedColor", c).put("mode", "fixed"));
        }
        return config;
    }

    /** Value mappings as Grafana saves them: one "value" mapping holding every value. */
    private static ArrayNode mappings(List<ValueMapping> mappings) {
        ArrayNode array = Trees.array();
        if (mappings.isEmpty()) {
            return array;
        }
        ObjectNode mapping = array.addObject();
        ObjectNode options = mapping.putObject("options");
        int index = 0;
        for (ValueMapping m : mappings) {
            ObjectNode result = options.putObject(m.value());
            m.color().ifPresent(c -> result.put("color", c));
            result.put("index", index++);
            result.put("text", m.text());
        }
        mapping.put("type", "value");
        return array;
    }

    private static ObjectNode timeseriesCustom() {
        ObjectNode custom = Trees.object();
        custom.put("axisBorderShow", false);
        custom.put("axisCenteredZero", false);
        custom.put("axisColorMode", "text");
        custom.put("axisLabel", "");
        custom.put("axisPlacement", "auto");
        custom.put("barAlignment", 0);
        custom.put("drawStyle", "line");
        custom.put("fillOpacity", 10);
        custom.put("gradientMode", "none");
        custom.putObject("hideFrom").put("legend", false).put("tooltip", false).put("viz", false);
        custom.put("insertNulls", false);
        custom.put("lineInterpolation", "linear");
        custom.put("lineWidth", 1);
        custom.put("pointSize", 5);
        custom.putObject("scaleDistribution").put("type", "linear");
        custom.put("showPoints", "never");
        custom.put("spanNulls", false);
        custom.putObject("stacking").put("group", "A").put("mode", "none");
        custom.putObject("thresholdsStyle").put("mode", "off");
        return custom;
    }

    private static ObjectNode options(Panel panel) {
        ObjectNode options = Trees.object();
        switch (panel.type()) {
            case TIMESERIES -> {
                options.set("legend", legend(panel.legend(), "bottom"));
                options.putObject("tooltip").put("mode", "multi").put("sort", "desc");
            }
            case STAT -> {
                options.put("colorMode", "value");
                options.put("graphMode", "area");
                options.put("justifyMode", "auto");
                options.put("orientation", "auto");
                options.set("reduceOptions", reduceOptions());
                options.put("showPercentChange", false);
                options.put("textMode", "auto");
                options.put("wideLayout", true);
            }
            case GAUGE -> {
                options.put("minVizHeight", 75);
                options.put("minVizWidth", 75);
                options.put("orientation", "auto");
                options.set("reduceOptions", reduceOptions());
                options.put("showThresholdLabels", false);
                options.put("showThresholdMarkers", true);
                options.put("sizing", "auto");
            }
            case BARGAUGE -> {
                options.put("displayMode", "gradient");
                options.put("maxVizHeight", 300);
                options.put("minVizHeight", 16);
                options.put("minVizWidth", 8);
                options.put("namePlacement", "auto");
                options.put("orientation", "horizontal");
                options.set("reduceOptions", reduceOptions());
                options.put("showUnfilled", true);
                options.put("sizing", "auto");
                options.put("valueMode", "color");
            }
            case HEATMAP -> {
                options.put("calculate", false);
                options.put("cellGap", 1);
                options.putObject("color").put("exponent", 0.5).put("fill", "dark-orange").put("mode", "scheme")
                        .put("reverse", false).put("scale", "exponential").put("scheme", "Oranges").put("steps", 64);
                options.putObject("exemplars").put("color", "rgba(255,0,255,0.7)");
                options.putObject("filterValues").put("le", 1e-9);
                options.putObject("legend").put("show", true);
                options.putObject("rowsFrame").put("layout", "auto");
                options.putObject("tooltip").put("mode", "single").put("showColorScale", false).put("yHistogram", false);
                options.putObject("yAxis").put("axisPlacement", "left").put("reverse", false);
            }
            case PIECHART -> {
                options.set("legend", legend(panel.legend(), "right"));
                options.put("pieType", "pie");
                options.set("reduceOptions", reduceOptions());
                options.putObject("tooltip").put("mode", "single").put("sort", "none");
            }
            case TABLE -> {
                options.put("cellHeight", "sm");
                options.putObject("footer").put("countRows", false).put("fields", "")
                        .put("show", false).set("reducer", Trees.strings(List.of("sum")));
                options.put("showHeader", true);
            }
            case LOGS -> {
                options.put("dedupStrategy", "none");
                options.put("enableLogDetails", true);
                options.put("prettifyLogMessage", false);
                options.put("showCommonLabels", false);
                options.put("showLabels", false);
                options.put("showTime", true);
                options.put("sortOrder", "Descending");
                options.put("wrapLogMessage", true);
            }
            case TRACES -> {
            }
            case NODE_GRAPH -> {
                options.putObject("edges");
                options.putObject("nodes");
            }
            case TEXT -> {
                options.putObject("code").put("language", "plaintext").put("showLineNumbers", false)
                        .put("showMiniMap", false);
                options.put("content", panel.content().orElse(""));
                options.put("mode", "markdown");
            }
        }
        return options;
    }

    private static ObjectNode reduceOptions() {
        ObjectNode reduce = Trees.object();
        reduce.set("calcs", Trees.strings(List.of("lastNotNull")));
        reduce.put("fields", "");
        reduce.put("values", false);
        return reduce;
    }

    private static ObjectNode legend(LegendMode mode, String placement) {
        ObjectNode legend = Trees.object();
        legend.set("calcs", Trees.array());
        legend.put("displayMode", mode == LegendMode.HIDDEN ? "list" : mode.name().toLowerCase(Locale.ROOT));
        legend.put("placement", placement);
        legend.put("showLegend", mode != LegendMode.HIDDEN);
        return legend;
    }
}
