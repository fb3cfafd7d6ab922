package dev.obsc.dsl;

import dev.obsc.model.Metric;

/** A declared counter: use it in queries through {@link #where} or {@link #all}, usually under rate(). */
public final class Counter extends NamedSeries {
    Counter(Metric metric) {
        super(metric.name());
    }
}
