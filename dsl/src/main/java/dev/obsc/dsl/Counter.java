package dev.obsc.dsl;

import dev.obsc.model.Matcher;
import dev.obsc.model.Metric;

import java.util.List;

/** A declared counter: use it in queries through {@link #where} or {@link #all}. */
public final class Counter {
    private final Metric metric;

    Counter(Metric metric) {
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
