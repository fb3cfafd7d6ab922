package dev.obsc.compiler.lowering.grafana;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.obsc.compiler.lowering.QueryPrinter;
import dev.obsc.compiler.lowering.Trees;
import dev.obsc.model.Datasource;
import dev.obsc.model.LegendMode;
import dev.obsc.model.Panel;
import dev.obsc.model.PanelType;
import dev.obsc.model.Target;
import dev.obsc.model.Threshold;

import java.util.List;
import java.util.Locale;

/**
 * One panel as Grafana 11 saves it: every option of its type written out, so that opening and
 * saving the dashboard in Grafana's UI changes as little as possible.
 */
final class PanelLowering {
    private final QueryPrinter queries;

    PanelLowering(QueryPrinter queries) {
        this.queries = queries;
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
        node.set("options", options(panel));
        if (panel.type() != PanelType.TEXT) {
            node.set("targets", targets(panel, datasource));
        }
        node.put("title", panel.title());
        node.put("type", panel.type().pluginId());
        return node;
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
            t.set("datasource", reference(datasource));
            t.put("editorMode", "code");
            t.put("expr", queries.print(target.expr()));
            t.put("format", panel.type() == PanelType.HEATMAP ? "heatmap"
                    : panel.type() == PanelType.TABLE ? "table" : "time_series");
            boolean instant = target.instant() || panel.type() == PanelType.TABLE;
            t.put("instant", instant);
            t.put("legendFormat", target.legendFormat().orElse("__auto"));
            t.put("range", !instant);
            t.put("refId", String.valueOf(refId++));
        }
        return targets;
    }

    private static ObjectNode fieldConfig(Panel panel) {
        ObjectNode config = Trees.object();
        ObjectNode defaults = config.putObject("defaults");
        if (panel.type() != PanelType.TEXT) {
            defaults.putObject("color").put("mode", switch (panel.type()) {
                case TIMESERIES, PIECHART, TABLE, HEATMAP -> "palette-classic";
                default -> "thresholds";
            });
            if (panel.type() == PanelType.TIMESERIES) {
                defaults.set("custom", timeseriesCustom());
            }
            panel.decimals().ifPresent(d -> defaults.put("decimals", d));
            defaults.putArray("mappings");
            panel.max().ifPresent(max -> defaults.put("max", max));
            panel.min().ifPresent(min -> defaults.put("min", min));
            ObjectNode thresholds = defaults.putObject("thresholds");
            thresholds.put("mode", "absolute");
            ArrayNode steps = thresholds.putArray("steps");
            for (Threshold threshold : panel.thresholds()) {
                ObjectNode step = steps.addObject();
                step.put("color", threshold.color());
                if (threshold.value().isPresent()) {
                    step.put("value", threshold.value().get());
                } else {
                    step.putNull("value");
                }
            }
            defaults.put("unit", panel.unit().grafanaId());
        }
        config.putArray("overrides");
        return config;
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
