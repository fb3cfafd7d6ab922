package dev.obsc.compiler.lowering.grafana;

import dev.obsc.model.Panel;
import dev.obsc.model.Row;

import java.util.Optional;

/**
 * A row header or a panel with its id and position on the 24-column grid. A row header has a
 * row and no panel; {@code nestedIn} is the id of the collapsed row a panel is folded into.
 */
public record PlacedPanel(int id, Optional<Row> row, Optional<Panel> panel, int x, int y, int w, int h,
                          Optional<Integer> nestedIn) {
    public boolean isRow() {
        return panel.isEmpty();
    }
}
