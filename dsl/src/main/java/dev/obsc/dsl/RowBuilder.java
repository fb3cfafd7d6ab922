package dev.obsc.dsl;

import dev.obsc.model.PanelType;
import dev.obsc.model.Row;
import dev.obsc.model.SourcePosition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/** The panels of one row, laid out left to right and wrapped on the 24-column grid. */
public final class RowBuilder {
    private final String title;
    private final boolean collapsed;
    private final SourcePosition position;
    private final List<PanelBuilder> panels = new ArrayList<>();

    RowBuilder(String title, boolean collapsed, SourcePosition position) {
        this.title = title;
        this.collapsed = collapsed;
        this.position = position;
    }

    public RowBuilder timeseries(String title, Consumer<PanelBuilder> spec) {
        return add(slug(title), title, PanelType.TIMESERIES, spec);
    }

    public RowBuilder stat(String title, Consumer<PanelBuilder> spec) {
        return add(slug(title), title, PanelType.STAT, spec);
    }

    public RowBuilder gauge(String title, Consumer<PanelBuilder> spec) {
        return add(slug(title), title, PanelType.GAUGE, spec);
    }

    public RowBuilder barGauge(String title, Consumer<PanelBuilder> spec) {
        return add(slug(title), title, PanelType.BARGAUGE, spec);
    }

    public RowBuilder heatmap(String title, Consumer<PanelBuilder> spec) {
        return add(slug(title), title, PanelType.HEATMAP, spec);
    }

    public RowBuilder pieChart(String title, Consumer<PanelBuilder> spec) {
        return add(slug(title), title, PanelType.PIECHART, spec);
    }

    public RowBuilder table(String title, Consumer<PanelBuilder> spec) {
        return add(slug(title), title, PanelType.TABLE, spec);
    }

    public RowBuilder logs(String title, Consumer<PanelBuilder> spec) {
        return add(slug(title), title, PanelType.LOGS, spec);
    }

    public RowBuilder traces(String title, Consumer<PanelBuilder> spec) {
        return add(slug(title), title, PanelType.TRACES, spec);
    }

    public RowBuilder nodeGraph(String title, Consumer<PanelBuilder> spec) {
        return add(slug(title), title, PanelType.NODE_GRAPH, spec);
    }

    public RowBuilder text(String title, String markdown) {
        return add(slug(title), title, PanelType.TEXT, p -> p.content(markdown));
    }

    /** A panel that alerts and links refer to through {@code ref}. */
    public RowBuilder panel(PanelRef ref, PanelType type, String title, Consumer<PanelBuilder> spec) {
        return add(ref.key(), title, type, spec);
    }

    private RowBuilder add(String key, String panelTitle, PanelType type, Consumer<PanelBuilder> spec) {
        PanelBuilder builder = new PanelBuilder(key, panelTitle, type, Positions.caller());
        spec.accept(builder);
        panels.add(builder);
        return this;
    }

    /** A stable key from a title: lower case, runs of other characters become one '-'. */
    static String slug(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return slug.replaceAll("^-|-$", "");
    }

    Row build() {
        return new Row(Optional.ofNullable(title), collapsed, panels.stream().map(PanelBuilder::build).toList(),
                position);
    }
}
