package dev.obsc.compiler.promql;

import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The label names the series of a vector can carry, as far as the checker can tell.
 *
 * <p>A closed set is exact. An open set (the catalog does not know the metric) may hold any
 * label except the {@code excluded} ones, which were removed on the way ({@code without(le)}),
 * so "le was aggregated away" is still detected.
 */
public record LabelSet(Set<String> names, boolean open, Set<String> excluded) {

    public static final LabelSet EMPTY = closed(Set.of());

    public LabelSet {
        names = Collections.unmodifiableSet(new TreeSet<>(names));
        excluded = open ? Collections.unmodifiableSet(new TreeSet<>(excluded)) : Set.of();
    }

    public static LabelSet closed(Collection<String> names) {
        return new LabelSet(Set.copyOf(names), false, Set.of());
    }

    public static LabelSet unknown() {
        return new LabelSet(Set.of(), true, Set.of());
    }

    /** Whether a series of this vector can carry {@code label}. */
    public boolean mayContain(String label) {
        return names.contains(label) || (open && !excluded.contains(label));
    }

    public LabelSet with(Collection<String> labels) {
        Set<String> more = new TreeSet<>(names);
        more.addAll(labels);
        Set<String> stillExcluded = new TreeSet<>(excluded);
        stillExcluded.removeAll(labels);
        return new LabelSet(more, open, stillExcluded);
    }

    public LabelSet without(Collection<String> labels) {
        Set<String> fewer = new TreeSet<>(names);
        fewer.removeAll(labels);
        Set<String> moreExcluded = new TreeSet<>(excluded);
        moreExcluded.addAll(labels);
        return new LabelSet(fewer, open, moreExcluded);
    }

    /** Only the given labels, those of them this set may contain. */
    public LabelSet keepOnly(Collection<String> labels) {
        Set<String> kept = new TreeSet<>();
        for (String label : labels) {
            if (mayContain(label)) {
                kept.add(label);
            }
        }
        return closed(kept);
    }

    public LabelSet union(LabelSet other) {
        Set<String> all = new TreeSet<>(names);
        all.addAll(other.names);
        // A label is excluded from the union only if neither side may contain it.
        Set<String> stillExcluded = new TreeSet<>();
        for (String label : excluded) {
            if (!other.mayContain(label)) {
                stillExcluded.add(label);
            }
        }
        for (String label : other.excluded) {
            if (!mayContain(label)) {
                stillExcluded.add(label);
            }
        }
        return new LabelSet(all, open || other.open, stillExcluded);
    }
}
