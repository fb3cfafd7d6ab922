package dev.obsc.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A dashboard panel. {@code key} identifies the panel for typed links; the panel id and grid
 * position are computed by the compiler. {@code width}/{@code height} are grid units.
 */
public record Panel(String key, String title, PanelType type, Optional<String> description,
                    Optional<String> datasourceUid, List<Target> targets, Unit unit, Optional<Integer> decimals,
                    Optional<BigDecimal> min, Optional<BigDecimal> max, List<Threshold> thresholds,
                    LegendMode legend, Optional<String> content, int width, int height,
                    Optional<GridPosition> placedAt, SourcePosition position) {
    public Panel {
        targets = List.copyOf(targets);
        thresholds = List.copyOf(thresholds);
    }
}
