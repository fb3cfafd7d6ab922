package dev.obsc.dsl;

import dev.obsc.model.Matcher;
import dev.obsc.model.Metric;

import java.util.List;

/** A declared gauge. */
public final class Gauge {
    private final Metric metric;

    Gauge(Metric metric) {
        this.metric = metric;
    }

    public String name() {
        return metric.name();
    }

    public Selector all() {
        return new Selector(metric.name(), List.of());
    }

    public Selector where(Matcher... matchers) {
        return all().where(matchers);
    }
}
