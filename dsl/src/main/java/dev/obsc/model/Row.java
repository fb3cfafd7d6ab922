package dev.obsc.model;

import java.util.List;
import java.util.Optional;

/** A group of panels; a row without a title is laid out without a row header. */
public record Row(Optional<String> title, boolean collapsed, List<Panel> panels, SourcePosition position) {
    public Row {
        panels = List.copyOf(panels);
    }
}
