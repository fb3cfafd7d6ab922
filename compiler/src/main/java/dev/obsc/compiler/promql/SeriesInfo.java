package dev.obsc.compiler.promql;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the catalog knows about one metric: its kind and every label its series can carry,
 * including target labels such as {@code job} and {@code instance}. {@code le} is implied for
 * {@link SeriesKind#HISTOGRAM_BUCKET}.
 */
public record SeriesInfo(String name, SeriesKind kind, Set<String> labelNames) {

    public SeriesInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        TreeSet<String> labels = new TreeSet<>(labelNames);
        if (kind == SeriesKind.HISTOGRAM_BUCKET) {
            labels.add("le");
        }
        labelNames = Collections.unmodifiableSet(labels);
    }

    public static SeriesInfo of(String name, SeriesKind kind, String... labelNames) {
        return new SeriesInfo(name, kind, Set.of(labelNames));
    }
}
