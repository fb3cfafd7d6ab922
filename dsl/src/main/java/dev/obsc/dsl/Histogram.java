package dev.obsc.dsl;

import dev.obsc.model.Matcher;
import dev.obsc.model.Metric;

import java.math.BigDecimal;
import java.util.List;

/** A declared histogram: its {@code _bucket}, {@code _sum} and {@code _count} series. */
public final class Histogram {
    /** The bucket-boundary label Prometheus adds to {@code _bucket} series. */
    public static final Label LE = Label.of("le");

    private final Metric metric;

    Histogram(Metric metric) {
        this.metric = metric;
    }

    public String name() {
        return metric.name();
    }

    public List<BigDecimal> buckets() {
        return metric.buckets();
    }

    public Selector bucket(Matcher... matchers) {
        return new Selector(metric.name() + "_bucket", List.of(matchers));
    }

    public Selector sum(Matcher... matchers) {
        return new Selector(metric.name() + "_sum", List.of(matchers));
    }

    public Selector count(Matcher... matchers) {
        return new Selector(metric.name() + "_count", List.of(matchers));
    }
}
