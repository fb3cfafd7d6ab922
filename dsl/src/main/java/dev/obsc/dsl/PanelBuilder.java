package dev.obsc.dsl;

import dev.obsc.model.GridPosition;
import dev.obsc.model.LegendMode;
import dev.obsc.model.Panel;
import dev.obsc.model.PanelType;
import dev.obsc.model.SourcePosition;
import dev.obsc.model.Target;
import dev.obsc.model.Threshold;
import dev.obsc.model.Unit;

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
    private final List<Threshold> thresholds = new ArrayList<>();
    private LegendMode legend = LegendMode.LIST;
    private String content;
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

    /** The datasource of this panel's queries; the dashboard's default Prometheus when unset. */
    public PanelBuilder datasource(DatasourceRef ref) {
        this.datasourceUid = ref.uid();
        return this;
    }

    public PanelBuilder query(Expr expr) {
        targets.add(new Target(expr.toQuery(), Optional.empty(), false));
        return this;
    }

    /** A query whose series are named by a Grafana legend format such as "{{primitive_type}}". */
    public PanelBuilder query(Expr expr, String legendFormat) {
        targets.add(new Target(expr.toQuery(), Optional.of(legendFormat), false));
        return this;
    }

    /** A query evaluated once at the end of the time range (tables, pie charts). */
    public PanelBuilder instantQuery(Expr expr, String legendFormat) {
        targets.add(new Target(expr.toQuery(), Optional.of(legendFormat), true));
        return this;
    }

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

    public PanelBuilder legend(LegendMode mode) {
        this.legend = mode;
        return this;
    }

    /** Markdown content of a text panel. */
    public PanelBuilder content(String markdown) {
        this.content = markdown;
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
        return new Panel(key, title, type, Optional.ofNullable(description), Optional.ofNullable(datasourceUid),
                targets, unit, Optional.ofNullable(decimals), Optional.ofNullable(min), Optional.ofNullable(max),
                steps, legend, Optional.ofNullable(content), width, height, Optional.ofNullable(placedAt), position);
    }
}
