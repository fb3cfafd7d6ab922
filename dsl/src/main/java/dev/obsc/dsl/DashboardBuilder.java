package dev.obsc.dsl;

import dev.obsc.model.Dashboard;
import dev.obsc.model.NavigationLink;
import dev.obsc.model.SourcePosition;
import dev.obsc.model.Variable;
import dev.obsc.model.VariableType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** One dashboard: identity, time settings, template variables and rows of panels. */
public final class DashboardBuilder {
    private final String uid;
    private final String title;
    private final SourcePosition position;
    private String description = "";
    private final List<String> tags = new ArrayList<>();
    private String folder = "General";
    private String refresh = "1m";
    private String timeFrom = "now-6h";
    private String timeTo = "now";
    private final List<Variable> variables = new ArrayList<>();
    private final List<RowBuilder> rows = new ArrayList<>();
    private final List<NavigationLink> links = new ArrayList<>();

    DashboardBuilder(String uid, String title, SourcePosition position) {
        this.uid = uid;
        this.title = title;
        this.position = position;
    }

    public DashboardBuilder description(String text) {
        this.description = text;
        return this;
    }

    public DashboardBuilder tags(String... tags) {
        this.tags.addAll(List.of(tags));
        return this;
    }

    public DashboardBuilder folder(String folder) {
        this.folder = folder;
        return this;
    }

    public DashboardBuilder refresh(String interval) {
        this.refresh = interval;
        return this;
    }

    /** Default time range, in Grafana's syntax ("now-6h" to "now"). */
    public DashboardBuilder time(String from, String to) {
        this.timeFrom = from;
        this.timeTo = to;
        return this;
    }

    /** A variable whose values are a label's values: {@code label_values(series, label)}. */
    public DashboardBuilder labelValuesVariable(String name, String label, DatasourceRef datasource,
                                                String series, Label valuesOf, boolean multi) {
        variables.add(new Variable(name, VariableType.QUERY, Optional.of(label),
                Optional.of("label_values(" + series + ", " + valuesOf.name() + ")"),
                Optional.of(datasource.uid()), List.of(), multi, multi, Positions.caller()));
        return this;
    }

    public DashboardBuilder customVariable(String name, String label, String... options) {
        variables.add(new Variable(name, VariableType.CUSTOM, Optional.of(label), Optional.empty(),
                Optional.empty(), List.of(options), false, false, Positions.caller()));
        return this;
    }

    /**
     * A custom variable of which the viewer picks several options or "All" (the default); "All"
     * stands for {@code allValue} in queries, e.g. {@code .*} to match series without the label too.
     */
    public DashboardBuilder customMultiVariable(String name, String label, String allValue, String... options) {
        variables.add(new Variable(name, VariableType.CUSTOM, Optional.of(label), Optional.empty(),
                Optional.empty(), List.of(options), true, true, Optional.of(allValue), Positions.caller()));
        return this;
    }

    public DashboardBuilder intervalVariable(String name, String label, String... intervals) {
        variables.add(new Variable(name, VariableType.INTERVAL, Optional.of(label), Optional.empty(),
                Optional.empty(), List.of(intervals), false, false, Positions.caller()));
        return this;
    }

    /** Lets the viewer pick among the datasources of one kind, e.g. several Prometheus servers. */
    public DashboardBuilder datasourceVariable(String name, String label, dev.obsc.model.DatasourceType type) {
        variables.add(new Variable(name, VariableType.DATASOURCE, Optional.of(label), Optional.of(type.pluginId()),
                Optional.empty(), List.of(), false, false, Positions.caller()));
        return this;
    }

    /** A fixed value, hidden from the viewer: a single place to change, e.g., a cluster name. */
    public DashboardBuilder constantVariable(String name, String value) {
        variables.add(new Variable(name, VariableType.CONSTANT, Optional.empty(), Optional.of(value),
                Optional.empty(), List.of(), false, false, Positions.caller()));
        return this;
    }

    /** A free-text field, e.g. a trace id to look up. */
    public DashboardBuilder textboxVariable(String name, String label, String defaultValue) {
        variables.add(new Variable(name, VariableType.TEXTBOX, Optional.of(label), Optional.of(defaultValue),
                Optional.empty(), List.of(), false, false, Positions.caller()));
        return this;
    }

    /** Ad hoc filters: the viewer adds label filters applied to every query of the datasource. */
    public DashboardBuilder adHocFilters(String name, DatasourceRef datasource) {
        variables.add(new Variable(name, VariableType.ADHOC, Optional.of("Filters"), Optional.empty(),
                Optional.of(datasource.uid()), List.of(), false, false, Positions.caller()));
        return this;
    }

    /** A link in the dashboard's header to another dashboard, keeping the time range and variables. */
    public DashboardBuilder link(String title, DashboardRef target) {
        links.add(new NavigationLink(title, target.link()));
        return this;
    }

    /** A link in the dashboard's header to one panel of another dashboard, shown alone. */
    public DashboardBuilder link(String title, PanelRef target) {
        links.add(new NavigationLink(title, target.link()));
        return this;
    }

    /** Panels at the top of the dashboard, above any row header. */
    public DashboardBuilder panels(Consumer<RowBuilder> spec) {
        return addRow(null, false, spec);
    }

    public DashboardBuilder row(String title, Consumer<RowBuilder> spec) {
        return addRow(title, false, spec);
    }

    public DashboardBuilder collapsedRow(String title, Consumer<RowBuilder> spec) {
        return addRow(title, true, spec);
    }

    private DashboardBuilder addRow(String rowTitle, boolean collapsed, Consumer<RowBuilder> spec) {
        RowBuilder row = new RowBuilder(rowTitle, collapsed, Positions.caller());
        spec.accept(row);
        rows.add(row);
        return this;
    }

    Dashboard build() {
        return new Dashboard(uid, title, description, tags, folder, refresh, timeFrom, timeTo, variables,
                rows.stream().map(RowBuilder::build).toList(), position, links);
    }
}
