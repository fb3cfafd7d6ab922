package dev.obsc.compiler.analysis;

import dev.obsc.compiler.promql.SeriesCatalog;
import dev.obsc.compiler.promql.SeriesInfo;
import dev.obsc.compiler.promql.SeriesKind;
import dev.obsc.model.Metric;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The series a query may select: every declared metric's series, plus series recorded so far. Kept
 * by name, and its snapshot reused until a rule records a new name or new labels: thousands of SLOs
 * record the same few names, and copying a growing list for every checked query was quadratic.
 */
final class ModelCatalog {
    private final Map<String, SeriesInfo> byName = new TreeMap<>();
    private SeriesCatalog snapshot;

    ModelCatalog(List<Metric> metrics) {
        List<SeriesInfo> series = new ArrayList<>();
        for (Metric metric : metrics) {
            Set<String> labels = new HashSet<>(metric.labels());
            switch (metric.kind()) {
                case COUNTER -> series.add(new SeriesInfo(metric.name(), SeriesKind.COUNTER, labels));
                case GAUGE -> series.add(new SeriesInfo(metric.name(), SeriesKind.GAUGE, labels));
                case HISTOGRAM -> {
                    series.add(new SeriesInfo(metric.name() + "_bucket", SeriesKind.HISTOGRAM_BUCKET, labels));
                    series.add(new SeriesInfo(metric.name() + "_sum", SeriesKind.HISTOGRAM_SUM, labels));
                    series.add(new SeriesInfo(metric.name() + "_count", SeriesKind.HISTOGRAM_COUNT, labels));
                }
            }
        }
        series.forEach(info -> byName.put(info.name(), info));
    }

    private final java.util.Map<String, Set<String>> recordedLabels = new java.util.HashMap<>();

    /**
     * A series recorded by a rule. Several rules may record one name (every SLO records
     * slo:sli_error:rate5m, each with its own labels), so the series may carry any of their labels.
     */
    void addRecorded(String name, Set<String> labels) {
        Set<String> all = recordedLabels.computeIfAbsent(name, n -> new java.util.TreeSet<>());
        boolean grew = all.addAll(labels);
        SeriesInfo known = byName.get(name);
        if (grew || known == null || known.kind() != SeriesKind.RECORDED) {
            byName.put(name, new SeriesInfo(name, SeriesKind.RECORDED, Set.copyOf(all)));
            snapshot = null;
        }
    }

    SeriesCatalog snapshot() {
        if (snapshot == null) {
            snapshot = SeriesCatalog.of(byName.values());
        }
        return snapshot;
    }
}
