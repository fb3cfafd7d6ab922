package dev.obsc.compiler.analysis;

import dev.obsc.compiler.promql.SeriesCatalog;
import dev.obsc.compiler.promql.SeriesInfo;
import dev.obsc.compiler.promql.SeriesKind;
import dev.obsc.model.Metric;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The series a query may select: every declared metric's series, plus series recorded so far. */
final class ModelCatalog {
    private final List<SeriesInfo> series = new ArrayList<>();

    ModelCatalog(List<Metric> metrics) {
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
    }

    private final java.util.Map<String, Set<String>> recordedLabels = new java.util.HashMap<>();

    /**
     * A series recorded by a rule. Several rules may record one name (every SLO records
     * slo:sli_error:rate5m, each with its own labels), so the series may carry any of their labels.
     */
    void addRecorded(String name, Set<String> labels) {
        Set<String> all = recordedLabels.computeIfAbsent(name, n -> new java.util.TreeSet<>());
        all.addAll(labels);
        series.add(new SeriesInfo(name, SeriesKind.RECORDED, Set.copyOf(all)));
    }

    SeriesCatalog snapshot() {
        return SeriesCatalog.of(series);
    }
}
