package dev.obsc.dsl;

import dev.obsc.model.DashboardLink;
import dev.obsc.model.LinkVariable;
import dev.obsc.model.SourcePosition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** How an alert's dashboard link opens its dashboard: which variables it sets, which time range. */
public final class DashboardLinkBuilder {
    private final List<LinkVariable> preset;
    private final List<LinkVariable> variables = new ArrayList<>();
    private String timeFrom;
    private String timeTo;

    /** Starts from the variables the panel handle already sets; a variable the spec sets replaces them. */
    DashboardLinkBuilder(List<LinkVariable> preset) {
        this.preset = List.copyOf(preset);
    }

    /** Sets dashboard variable {@code name} to a fixed value. */
    public DashboardLinkBuilder variable(String name, String value) {
        variables.add(new LinkVariable(name, value, false));
        return this;
    }

    /** Sets dashboard variable {@code name} to the value of the firing alert's {@code label}. */
    public DashboardLinkBuilder variable(String name, Label label) {
        variables.add(new LinkVariable(name, label.name(), true));
        return this;
    }

    /** The time range to open, in Grafana's relative syntax, e.g. time("now-6h", "now"). */
    public DashboardLinkBuilder time(String from, String to) {
        this.timeFrom = from;
        this.timeTo = to;
        return this;
    }

    DashboardLink build(String dashboardUid, Optional<String> panelKey, SourcePosition position) {
        List<LinkVariable> all = new ArrayList<>();
        preset.stream().filter(p -> variables.stream().noneMatch(v -> v.name().equals(p.name()))).forEach(all::add);
        all.addAll(variables);
        return new DashboardLink(dashboardUid, panelKey, position, all, Optional.ofNullable(timeFrom),
                Optional.ofNullable(timeTo));
    }
}
