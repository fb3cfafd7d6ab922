package dev.obsc.compiler.lowering.grafana;

import dev.obsc.model.Dashboard;
import dev.obsc.model.Panel;
import dev.obsc.model.Row;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Places a dashboard's rows and panels on Grafana's 24-column grid and numbers them. A panel's id
 * comes from its key (a row's from its title), not its place, so adding or moving a panel does not
 * renumber the others and links with {@code viewPanel=<id>} keep pointing at the same panel; ids
 * that would collide move to the next free number, in declaration order. Panels flow left to right and wrap when the next would pass column 24; a
 * titled row gets a one-unit header. A collapsed row keeps its panels folded inside it, positioned
 * as they would be when expanded, and takes only its header's height, as Grafana saves it.
 * A panel placed explicitly keeps its corner and does not move the others.
 */
public final class DashboardLayout {
    public static final int COLUMNS = 24;

    private DashboardLayout() {
    }

    /** Ids run from 1 to this; small enough to read in a URL, large enough that collisions are rare. */
    private static final int MAX_ID = 9_999;

    /** The id {@code key} hashes to (String.hashCode is fixed by the language), or the next free one. */
    private static int stableId(String key, Set<Integer> taken) {
        int id = 1 + Math.floorMod(key.hashCode(), MAX_ID);
        while (!taken.add(id)) {
            id = id % MAX_ID + 1;
        }
        return id;
    }

    public static List<PlacedPanel> place(Dashboard dashboard) {
        List<PlacedPanel> placed = new ArrayList<>();
        Set<Integer> ids = new HashSet<>();
        int y = 0;
        for (Row row : dashboard.rows()) {
            Optional<Integer> nestedIn = Optional.empty();
            if (row.title().isPresent()) {
                int id = stableId("row:" + row.title().get(), ids);
                placed.add(new PlacedPanel(id, Optional.of(row), Optional.empty(), 0, y, COLUMNS, 1, Optional.empty()));
                nestedIn = row.collapsed() ? Optional.of(id) : Optional.empty();
                y++;
            }
            int x = 0;
            int lineHeight = 0;
            int rowY = y;
            for (Panel panel : row.panels()) {
                int w = Math.max(1, Math.min(COLUMNS, panel.width()));
                if (panel.placedAt().isPresent()) {
                    // Explicitly placed panels keep their corner; analysis reports any overlap.
                    placed.add(new PlacedPanel(stableId(panel.key(), ids), Optional.empty(), Optional.of(panel), panel.placedAt().get().x(),
                            panel.placedAt().get().y(), w, Math.max(1, panel.height()), nestedIn));
                    continue;
                }
                if (x + w > COLUMNS) {
                    rowY += lineHeight;
                    x = 0;
                    lineHeight = 0;
                }
                placed.add(new PlacedPanel(stableId(panel.key(), ids), Optional.empty(), Optional.of(panel), x, rowY, w,
                        Math.max(1, panel.height()), nestedIn));
                x += w;
                lineHeight = Math.max(lineHeight, Math.max(1, panel.height()));
            }
            if (nestedIn.isEmpty()) {
                y = rowY + lineHeight;
            }
        }
        return placed;
    }

    /** The id of the panel declared with {@code key}, if the dashboard has one. */
    /** Every panel's id by its key (the first panel with that key, should two share one). */
    public static Map<String, Integer> panelIds(Dashboard dashboard) {
        Map<String, Integer> ids = new HashMap<>();
        place(dashboard).forEach(p -> p.panel().ifPresent(panel -> ids.putIfAbsent(panel.key(), p.id())));
        return ids;
    }
}
