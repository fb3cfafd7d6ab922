package dev.obsc.dsl;

import dev.obsc.model.AlertsQuery;
import dev.obsc.model.ColorMode;
import dev.obsc.model.FieldDisplay;
import dev.obsc.model.FieldOverride;
import dev.obsc.model.GridPosition;
import dev.obsc.model.LegendMode;
import dev.obsc.model.Matcher;
import dev.obsc.model.Panel;
import dev.obsc.model.PanelLink;
import dev.obsc.model.PanelType;
import dev.obsc.model.Query;
import dev.obsc.model.Repeat;
import dev.obsc.model.SourcePosition;
import dev.obsc.model.Target;
import dev.obsc.model.TargetKind;
import dev.obsc.model.Threshold;
import dev.obsc.model.Unit;
import dev.obsc.model.ValueMapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One panel: its queries and how to show them. Width and height default per panel type. */
public final class PanelBuilder {
    private final String key;
    private final String title;
    private final PanelType type;
    private final SourcePosition position;
    private String description;
    private String datasourceUid;
    private final List<Target> targets = new ArrayList<>();
    private Unit unit = Unit.SHORT;
    private Integer decimals;
    private BigDecimal min;
    private BigDecimal max;
    private ColorMode colorMode;
    private String fixedColor;
    private final List<Threshold> thresholds = new ArrayList<>();
    private final List<ValueMapping> mappings = new ArrayList<>();
    private final List<FieldOverride> overrides = new ArrayList<>();
    private LegendMode legend = LegendMode.LIST;
    private String content;
    private final List<PanelLink> links = new ArrayList<>();
    private Repeat repeat;
    private int width;
    private int height;
    private GridPosition placedAt;

    PanelBuilder(String key, String title, PanelType type, SourcePosition position) {
        this.key = key;
        this.title = title;
        this.type = type;
        this.position = position;
        this.width = type.defaultWidth();
        this.height = type.defaultHeight();
    }

    public PanelBuilder description(String text) {
        this.description = text;
        return this;
    }

    /** The datasource of this panel's queries; by default the default datasource of the queries' language. */
    public PanelBuilder datasource(DatasourceRef ref) {
        this.datasourceUid = ref.uid();
        return this;
    }

    // ---- queries ----------------------------------------------------------------------------

    public PanelBuilder query(Expr expr) {
        targets.add(Target.promql(expr.toQuery(), Optional.empty(), false));
        return this;
    }

    /** A query whose series are named by a Grafana legend format such as "{{primitive_type}}". */
    public PanelBuilder query(Expr expr, String legendFormat) {
        targets.add(Target.promql(expr.toQuery(), Optional.of(legendFormat), false));
        return this;
    }

    /** A query that also fetches exemplars, so points link to the traces that produced them. */
    public PanelBuilder queryWithExemplars(Expr expr, String legendFormat) {
        targets.add(new Target(TargetKind.PROMQL, expr.toQuery(), Optional.of(legendFormat), false, true,
                Optional.empty()));
        return this;
    }

    /** A query evaluated once at the end of the time range (tables, pie charts). */
    public PanelBuilder instantQuery(Expr expr, String legendFormat) {
        targets.add(Target.promql(expr.toQuery(), Optional.of(legendFormat), true));
        return this;
    }

    /** A LogQL query, e.g. {@code {job="tta-primitives"} |= "error"}. */
    public PanelBuilder logs(String logql) {
        targets.add(new Target(TargetKind.LOGQL, new Query(logql), Optional.empty(), false, false, Optional.empty()));
        return this;
    }

    /** A Jaeger search for the traces of a service, optionally of one operation. */
    public PanelBuilder traceSearch(String service, String operation) {
        targets.add(new Target(TargetKind.JAEGER_SEARCH, new Query(service), Optional.empty(), false, false,
                Optional.ofNullable(operation)));
        return this;
    }

    /** One Jaeger trace by id, usually a textbox variable such as "$trace_id". */
    public PanelBuilder trace(String traceId) {
        targets.add(new Target(TargetKind.JAEGER_TRACE, new Query(traceId), Optional.empty(), false, false,
                Optional.empty()));
        return this;
    }

    /** Jaeger's service dependency graph. */
    public PanelBuilder serviceDependencies() {
        targets.add(new Target(TargetKind.JAEGER_DEPENDENCIES, new Query("dependencies"), Optional.empty(), false,
                false, Optional.empty()));
        return this;
    }

    /**
     * Alertmanager's active alerts matching every filter, e.g. {@code SEVERITY.eq("critical")}, one
     * table row per alert with its labels and annotations as columns.
     */
    public PanelBuilder activeAlerts(Matcher... filters) {
        targets.add(Target.alerts(new AlertsQuery(List.of(filters), Optional.empty())));
        return this;
    }

    /** Like {@link #activeAlerts(Matcher...)}, only the alerts Alertmanager routes to {@code receiver}. */
    public PanelBuilder activeAlerts(ReceiverRef receiver, Matcher... filters) {
        targets.add(Target.alerts(new AlertsQuery(List.of(filters), Optional.of(receiver.name()))));
        return this;
    }

    // ---- display ----------------------------------------------------------------------------

    public PanelBuilder unit(Unit unit) {
        this.unit = unit;
        return this;
    }

    public PanelBuilder decimals(int decimals) {
        this.decimals = decimals;
        return this;
    }

    public PanelBuilder range(String min, String max) {
        this.min = new BigDecimal(min);
        this.max = new BigDecimal(max);
        return this;
    }

    public PanelBuilder min(String min) {
        this.min = new BigDecimal(min);
        return this;
    }

    /** The base colour, below every threshold. */
    public PanelBuilder baseColor(String color) {
        thresholds.add(0, new Threshold(Optional.empty(), color));
        return this;
    }

    /** From {@code value} upwards, show {@code color}. */
    public PanelBuilder threshold(String value, String color) {
        thresholds.add(new Threshold(Optional.of(new BigDecimal(value)), color));
        return this;
    }

    /** Colours by Grafana's classic palette instead of by thresholds. */
    public PanelBuilder paletteColors() {
        this.colorMode = ColorMode.PALETTE;
        return this;
    }

    public PanelBuilder fixedColor(String color) {
        this.colorMode = ColorMode.FIXED;
        this.fixedColor = color;
        return this;
    }

    /** Shows {@code value} as {@code text} in {@code color}, e.g. map("0", "DOWN", "red"). */
    public PanelBuilder map(String value, String text, String color) {
        mappings.add(new ValueMapping(value, text, Optional.ofNullable(color)));
        return this;
    }

    /** Shows the series or column {@code field} under another name, unit or colour. */
    public PanelBuilder override(String field, String displayName, Unit unit, String color) {
        overrides.add(new FieldOverride(field, Optional.ofNullable(displayName), Optional.ofNullable(unit),
                Optional.ofNullable(color)));
        return this;
    }

    public PanelBuilder legend(LegendMode mode) {
        this.legend = mode;
        return this;
    }

    /** Markdown content of a text panel. */
    public PanelBuilder content(String markdown) {
        this.content = markdown;
        return this;
    }

    // ---- links and layout -------------------------------------------------------------------

    /** A link in the panel's header. */
    public PanelBuilder link(String title, String url) {
        links.add(new PanelLink(title, url, false));
        return this;
    }

    /** A link in the panel's header to another declared dashboard, keeping the time range and variables. */
    public PanelBuilder link(String title, DashboardRef target) {
        links.add(PanelLink.to(title, target.link()));
        return this;
    }

    /** A link in the panel's header to a declared panel, shown alone, keeping the time range and variables. */
    public PanelBuilder link(String title, PanelRef target) {
        links.add(PanelLink.to(title, target.link()));
        return this;
    }

    /** A link on every data point, e.g. to the dashboard of one job: {@code ...?var-job=${__field.labels.job}}. */
    public PanelBuilder dataLink(String title, String url) {
        links.add(new PanelLink(title, url, true));
        return this;
    }

    /** One copy of this panel per selected value of {@code variable}, up to {@code maxPerRow} side by side. */
    public PanelBuilder repeatFor(String variable, int maxPerRow) {
        this.repeat = new Repeat(variable, true, maxPerRow);
        return this;
    }

    /** Size on Grafana's 24-column grid. */
    public PanelBuilder size(int width, int height) {
        this.width = width;
        this.height = height;
        return this;
    }

    /** Fixes the panel's top-left corner on the grid instead of placing it automatically. */
    public PanelBuilder at(int x, int y) {
        this.placedAt = new GridPosition(x, y);
        return this;
    }

    Panel build() {
        List<Threshold> steps = new ArrayList<>(thresholds);
        if (steps.isEmpty() || steps.get(0).value().isPresent()) {
            steps.add(0, new Threshold(Optional.empty(), "green"));
        }
        ColorMode colors = colorMode != null ? colorMode : switch (type) {
            case TIMESERIES, PIECHART, TABLE, HEATMAP -> ColorMode.PALETTE;
            default -> ColorMode.THRESHOLDS;
        };
        FieldDisplay display = new FieldDisplay(unit, Optional.ofNullable(decimals), Optional.ofNullable(min),
                Optional.ofNullable(max), colors, Optional.ofNullable(fixedColor), steps, mappings, overrides);
        return new Panel(key, title, type, Optional.ofNullable(description), Optional.ofNullable(datasourceUid),
                targets, display, legend, Optional.ofNullable(content), links, Optional.ofNullable(repeat),
                width, height, Optional.ofNullable(placedAt), position);
    }
}
