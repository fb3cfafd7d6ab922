package dev.obsc.compiler.slo;

import dev.obsc.model.BurnTier;
import dev.obsc.model.Slo;
import dev.obsc.model.SloSeries;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The windows an SLO records: the base window, every tier's long and short window, every period; shortest first. */
final class SloWindows {
    /** Windows from this long on change slowly, so their rules run in the slow group. */
    static final long SLOW_FROM_SECONDS = 86_400;
    /** Shortest window first; equal lengths (1d, 24h) by name. */
    static final Comparator<String> SHORTEST_FIRST = Comparator.comparingLong(BurnFactors::seconds)
            .thenComparing(Comparator.naturalOrder());

    private SloWindows() {
    }

    /** Every window any of {@code slos} records, shortest first. */
    static List<String> ofAll(List<Slo> slos) {
        // Thousands of SLOs share a handful of tiers and periods: collect those, then their windows.
        Set<BurnTier> tiers = new HashSet<>();
        Set<String> windows = new HashSet<>();
        windows.add(SloSeries.BASE_WINDOW);
        for (Slo slo : slos) {
            tiers.addAll(slo.tiers());
            windows.addAll(slo.periods());
        }
        tiers.forEach(tier -> {
            windows.add(tier.longWindow());
            windows.add(tier.shortWindow());
        });
        List<String> sorted = new ArrayList<>(windows);
        sorted.sort(SHORTEST_FIRST);
        return sorted;
    }

    /** Every period any of {@code slos} declares, shortest first. */
    static List<String> periodsOfAll(List<Slo> slos) {
        TreeSet<String> periods = new TreeSet<>(SHORTEST_FIRST);
        slos.forEach(slo -> periods.addAll(slo.periods()));
        return List.copyOf(periods);
    }

    static boolean isSlow(String window) {
        return BurnFactors.seconds(window) >= SLOW_FROM_SECONDS;
    }
}
