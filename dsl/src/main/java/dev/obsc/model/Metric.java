package dev.obsc.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A metric a service exports. For a histogram, {@code name} is the base name
 * (without {@code _bucket}/{@code _sum}/{@code _count}) and {@code buckets} holds the upper bounds.
 */
public record Metric(String name, MetricKind kind, String help, List<String> labels,
                     List<BigDecimal> buckets, SourcePosition position) {
    public Metric {
        labels = List.copyOf(labels);
        buckets = List.copyOf(buckets);
    }
}
