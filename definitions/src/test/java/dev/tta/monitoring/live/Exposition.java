package dev.tta.monitoring.live;

import dev.obsc.model.Metric;
import dev.obsc.model.MetricKind;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Prometheus' text exposition format (version 0.0.4), written only for metrics the catalog
 * declares: HELP and TYPE come from the declaration, so the synthetic endpoint cannot export a
 * metric the definitions do not know.
 */
final class Exposition {
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final Map<String, Metric> catalog;
    private final StringBuilder text = new StringBuilder();
    private final Set<String> families = new TreeSet<>();

    Exposition(Map<String, Metric> catalog) {
        this.catalog = catalog;
    }

    /** Starts a metric family: its HELP and TYPE lines, taken from the catalog. */
    Exposition family(String name) {
        Metric metric = catalog.get(name);
        if (metric == null) {
            throw new IllegalArgumentException("the catalog declares no metric " + name);
        }
        families.add(name);
        text.append("# HELP ").append(name).append(' ')
                .append(metric.help().replace("\\", "\\\\").replace("\n", "\\n")).append('\n');
        text.append("# TYPE ").append(name).append(' ').append(type(metric.kind())).append('\n');
        return this;
    }

    /** One sample; {@code labels} alternate name and value. */
    Exposition sample(String series, double value, String... labels) {
        text.append(series);
        if (labels.length > 0) {
            text.append('{');
            for (int i = 0; i < labels.length; i += 2) {
                text.append(i == 0 ? "" : ",").append(labels[i]).append("=\"")
                        .append(labels[i + 1].replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n"))
                        .append('"');
            }
            text.append('}');
        }
        text.append(' ').append(String.format(Locale.ROOT, "%.6f", value)).append('\n');
        return this;
    }

    Set<String> families() {
        return Set.copyOf(families);
    }

    String text() {
        return text.toString();
    }

    private static String type(MetricKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
