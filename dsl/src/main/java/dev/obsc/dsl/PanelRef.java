package dev.obsc.dsl;

import dev.obsc.model.DashboardLink;
import dev.obsc.model.LinkVariable;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A typed handle on a panel of a dashboard; a panel declared with it carries its key. A link to it
 * sets {@code variables} (e.g. the SLO a generated SLO dashboard opens on).
 */
public record PanelRef(DashboardRef dashboard, String key, List<LinkVariable> variables) {
    public PanelRef {
        variables = List.copyOf(variables);
    }

    public PanelRef(DashboardRef dashboard, String key) {
        this(dashboard, key, List.of());
    }

    /** This panel, opened with dashboard variable {@code name} set to {@code value}. */
    public PanelRef withVariable(String name, String value) {
        List<LinkVariable> all = new ArrayList<>(variables);
        all.removeIf(v -> v.name().equals(name));
        all.add(new LinkVariable(name, value, false));
        return new PanelRef(dashboard, key, all);
    }

    /** A link to this panel, at the definition that asks for it. */
    DashboardLink link() {
        return new DashboardLink(dashboard.uid(), Optional.of(key), Positions.caller(), variables, Optional.empty(),
                Optional.empty());
    }
}
