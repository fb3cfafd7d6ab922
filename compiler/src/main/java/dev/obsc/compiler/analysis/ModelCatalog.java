package dev.obsc.compiler.analysis;

import dev.obsc.compiler.promql.SeriesCatalog;
import dev.obsc.compiler.promql.SeriesInfo;
import dev.obsc.compiler.promql.SeriesKind;
import dev.obsc.model.Metric;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The series a query may select: every declared metric's series, plus series recorded so far. It
 * grows in place as rules are checked, so checking n rules costs n lookups, not n copies of the
 * catalog (SLOs alone add dozens of rules each).
 */
final class ModelCatalog {
    /** By name; a later entry with the same name replaces an earlier one. */
    private final TreeMap<String, SeriesInfo> series = new TreeMap<>();
    private final java.util.Map<String, Set<String>> recordedLabels = new java.util.HashMap<>();
    private final SeriesCatalog view = new SeriesCatalog() {
        @Override
        public Optional<SeriesInfo> lookup(String metricName) {
            return Optional.ofNullable(series.get(metricName));
        }

        @Override
        public SortedSet<String> metricNames() {
            return Collections.unmodifiableSortedSet(series.navigableKeySet());
        }
    };

    ModelCatalog(List<Metric> metrics) {
        for (Metric metric : metrics) {
            Set<String> labels = new HashSet<>(metric.labels());
            switch (metric.kind()) {
                case COUNTER -> add(new SeriesInfo(metric.name(), SeriesKind.COUNTER, labels));
                case GAUGE -> add(new SeriesInfo(metric.name(), SeriesKind.GAUGE, labels));
                case HISTOGRAM -> {
                    add(new SeriesInfo(metric.name() + "_bucket", SeriesKind.HISTOGRAM_BUCKET, labels));
                    add(new SeriesInfo(metric.name() + "_sum", SeriesKind.HISTOGRAM_SUM, labels));
                    add(new SeriesInfo(metric.name() + "_count", SeriesKind.HISTOGRAM_COUNT, labels));
                }
            }
        }
    }

    private void add(SeriesInfo info) {
        series.put(info.name(), info);
    }

    /**
     * A series recorded by a rule. Several rules may record one name (every SLO records
     * slo:sli_error:rate5m, each with its own labels), so the series may carry any of their labels.
     */
    void addRecorded(String name, Set<String> labels) {
        Set<String> all = recordedLabels.computeIfAbsent(name, n -> new TreeSet<>());
        all.addAll(labels);
        add(new SeriesInfo(name, SeriesKind.RECORDED, all));
    }

    /** The series declared and recorded so far; it sees series recorded later too. */
    SeriesCatalog live() {
        return view;
    }

    /** A copy that no later recording changes. */
    SeriesCatalog copy() {
        return SeriesCatalog.of(series.values());
    }
}
