package dev.obsc.model;

import java.util.List;
import java.util.Optional;

/**
 * A dashboard panel. {@code key} identifies the panel for typed links; the panel id and grid
 * position are computed by the compiler unless {@code placedAt} fixes the position.
 * {@code width}/{@code height} are grid units.
 */
public record Panel(String key, String title, PanelType type, Optional<String> description,
                    Optional<String> datasourceUid, List<Target> targets, FieldDisplay display,
                    LegendMode legend, Optional<String> content, List<PanelLink> links, Optional<Repeat> repeat,
                    int width, int height, Optional<GridPosition> placedAt, SourcePosition position) {
    public Panel {
        targets = List.copyOf(targets);
        links = List.copyOf(links);
    }

    /** The query language of the panel's targets (PromQL when it has none). */
    public TargetKind targetKind() {
        return targets.isEmpty() ? TargetKind.PROMQL : targets.get(0).kind();
    }
}
