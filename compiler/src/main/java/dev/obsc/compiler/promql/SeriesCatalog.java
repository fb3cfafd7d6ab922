package dev.obsc.compiler.promql;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** The series the type checker may assume exist: exported metrics and recorded series. */
public interface SeriesCatalog {

    Optional<SeriesInfo> lookup(String metricName);

    /** Every metric name, sorted; "did you mean" suggestions come from here. */
    SortedSet<String> metricNames();

    /** A catalog of exactly {@code series}; a later entry with the same name replaces an earlier one. */
    static SeriesCatalog of(Collection<SeriesInfo> series) {
        Map<String, SeriesInfo> byName = new TreeMap<>();
        for (SeriesInfo info : series) {
            byName.put(info.name(), info);
        }
        SortedSet<String> names = Collections.unmodifiableSortedSet(new TreeSet<>(byName.keySet()));
        return new SeriesCatalog() {
            @Override
            public Optional<SeriesInfo> lookup(String metricName) {
                return Optional.ofNullable(byName.get(metricName));
            }

            @Override
            public SortedSet<String> metricNames() {
                return names;
            }
        };
    }
}
