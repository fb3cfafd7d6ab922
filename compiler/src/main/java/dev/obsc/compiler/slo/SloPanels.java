package dev.obsc.compiler.slo;

import dev.obsc.model.ColorMode;
import dev.obsc.model.FieldDisplay;
import dev.obsc.model.LegendMode;
import dev.obsc.model.Panel;
import dev.obsc.model.PanelType;
import dev.obsc.model.Query;
import dev.obsc.model.SourcePosition;
import dev.obsc.model.Target;
import dev.obsc.model.Threshold;
import dev.obsc.model.Unit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Builds the panels of the generated SLO dashboards: one query language (PromQL), one datasource. */
final class SloPanels {
    private final String datasourceUid;

    SloPanels(String datasourceUid) {
        this.datasourceUid = datasourceUid;
    }

    /** A query of a panel; {@code instant} for panels that show the value now. */
    record PanelQuery(String promql, String legend, boolean instant) {
    }

    static PanelQuery now(String promql, String legend) {
        return new PanelQuery(promql, legend, true);
    }

    static PanelQuery overTime(String promql, String legend) {
        return new PanelQuery(promql, legend, false);
    }

    /** Green; from 1 (the sustainable burn rate) orange; from {@code red} (where alerts fire) red. */
    static List<Threshold> burnRateSteps(BigDecimal red) {
        if (red.compareTo(BigDecimal.ONE) <= 0) {
            return List.of(new Threshold(Optional.empty(), "green"), new Threshold(Optional.of(BigDecimal.ONE), "red"));
        }
        return List.of(new Threshold(Optional.empty(), "green"), new Threshold(Optional.of(BigDecimal.ONE), "orange"),
                new Threshold(Optional.of(red), "red"));
    }

    /** Red once the budget is spent, orange in its last quarter, green before. */
    static List<Threshold> budgetSteps() {
        return List.of(new Threshold(Optional.empty(), "red"), new Threshold(Optional.of(BigDecimal.ZERO), "orange"),
                new Threshold(Optional.of(new BigDecimal("0.25")), "green"));
    }

    /** Red under the objective, green from it on. */
    static List<Threshold> objectiveSteps(BigDecimal objective) {
        return List.of(new Threshold(Optional.empty(), "red"), new Threshold(Optional.of(objective), "green"));
    }

    Panel panel(String key, String title, PanelType type, String description, Unit unit, Optional<Integer> decimals,
                List<Threshold> thresholds, List<PanelQuery> queries, int width, int height, SourcePosition position) {
        List<Target> targets = queries.stream()
                .map(q -> Target.promql(new Query(q.promql()), Optional.of(q.legend()), q.instant())).toList();
        // Grafana wants a base step even where colours come from the palette.
        List<Threshold> steps = thresholds.isEmpty() ? List.of(new Threshold(Optional.empty(), "green")) : thresholds;
        ColorMode colors = thresholds.isEmpty() || type == PanelType.TIMESERIES ? ColorMode.PALETTE : ColorMode.THRESHOLDS;
        FieldDisplay display = new FieldDisplay(unit, decimals, Optional.empty(), Optional.empty(), colors,
                Optional.empty(), steps, List.of(), List.of());
        return new Panel(key, title, type, Optional.of(description), Optional.of(datasourceUid), targets, display,
                type == PanelType.TIMESERIES ? LegendMode.TABLE : LegendMode.LIST, Optional.empty(), List.of(),
                Optional.empty(), width, height, Optional.empty(), position);
    }
}
