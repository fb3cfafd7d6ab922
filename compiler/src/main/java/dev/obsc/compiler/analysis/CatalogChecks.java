package dev.obsc.compiler.analysis;

import dev.obsc.compiler.diagnostics.Diagnostics;
import dev.obsc.model.Metric;
import dev.obsc.model.MetricKind;
import dev.obsc.model.MonitoringModel;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The metric catalog: valid, unique names and labels; histograms with ascending buckets. */
final class CatalogChecks {
    private CatalogChecks() {
    }

    static void check(MonitoringModel model, Diagnostics out) {
        Map<String, Metric> seen = new HashMap<>();
        for (Metric metric : model.metrics()) {
            if (!Names.METRIC.matcher(metric.name()).matches()) {
                out.error("CAT001", metric.position(), "metric name '" + metric.name()
                        + "' is not a valid Prometheus metric name ([a-zA-Z_:][a-zA-Z0-9_:]*)");
            }
            Metric earlier = seen.putIfAbsent(metric.name(), metric);
            if (earlier != null) {
                out.error("CAT002", metric.position(), "metric '" + metric.name()
                        + "' is declared twice; the first declaration is at " + earlier.position());
            }
            if (metric.help().isBlank()) {
                out.warning("CAT003", metric.position(), "metric '" + metric.name()
                        + "' has no help text; say what it counts or measures, and in which unit");
            }
            checkLabels(metric, out);
            if (metric.kind() == MetricKind.HISTOGRAM) {
                checkBuckets(metric, out);
            }
        }
    }

    private static void checkLabels(Metric metric, Diagnostics out) {
        Set<String> labels = new HashSet<>();
        for (String label : metric.labels()) {
            if (!Names.LABEL.matcher(label).matches() || label.startsWith("__")) {
                out.error("CAT004", metric.position(), "label '" + label + "' of metric '" + metric.name()
                        + "' is not a valid label name ([a-zA-Z_][a-zA-Z0-9_]*, not starting with __)");
            }
            if (label.equals("le") && metric.kind() == MetricKind.HISTOGRAM) {
                out.error("CAT005", metric.position(), "histogram '" + metric.name()
                        + "' declares label 'le'; Prometheus adds it to the _bucket series, remove it");
            }
            if (!labels.add(label)) {
                out.error("CAT006", metric.position(), "label '" + label + "' is declared twice on metric '"
                        + metric.name() + "'");
            }
        }
    }

    private static void checkBuckets(Metric metric, Diagnostics out) {
        List<BigDecimal> buckets = metric.buckets();
        if (buckets.isEmpty()) {
            out.error("CAT007", metric.position(), "histogram '" + metric.name()
                    + "' declares no bucket boundaries; list the upper bounds its clients use");
        }
        for (int i = 1; i < buckets.size(); i++) {
            if (buckets.get(i).compareTo(buckets.get(i - 1)) <= 0) {
                out.error("CAT008", metric.position(), "histogram '" + metric.name()
                        + "' buckets must be strictly ascending, but " + buckets.get(i).toPlainString()
                        + " follows " + buckets.get(i - 1).toPlainString());
            }
        }
    }
}
