package dev.obsc.model;

import java.util.List;

/** A dashboard: identity, time settings, variables, rows of panels, and links to other dashboards. */
public record Dashboard(String uid, String title, String description, List<String> tags, String folder,
                        String refresh, String timeFrom, String timeTo, List<Variable> variables,
                        List<Row> rows, SourcePosition position, List<NavigationLink> links) {
    public Dashboard {
        tags = List.copyOf(tags);
        variables = List.copyOf(variables);
        rows = List.copyOf(rows);
        links = List.copyOf(links);
    }

    /** A dashboard without links to others. */
    public Dashboard(String uid, String title, String description, List<String> tags, String folder,
                     String refresh, String timeFrom, String timeTo, List<Variable> variables,
                     List<Row> rows, SourcePosition position) {
        this(uid, title, description, tags, folder, refresh, timeFrom, timeTo, variables, rows, position, List.of());
    }

    public List<Panel> panels() {
        return rows.stream().flatMap(r -> r.panels().stream()).toList();
    }
}
