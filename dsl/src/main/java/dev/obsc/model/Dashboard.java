package dev.obsc.model;

import java.util.List;

public record Dashboard(String uid, String title, String description, List<String> tags, String folder,
                        String refresh, String timeFrom, String timeTo, List<Variable> variables,
                        List<Row> rows, SourcePosition position) {
    public Dashboard {
        tags = List.copyOf(tags);
        variables = List.copyOf(variables);
        rows = List.copyOf(rows);
    }

    public List<Panel> panels() {
        return rows.stream().flatMap(r -> r.panels().stream()).toList();
    }
}
