package dev.obsc.dsl;

import dev.obsc.model.Metric;

/** A declared gauge. */
public final class Gauge extends NamedSeries {
    Gauge(Metric metric) {
        super(metric.name());
    }
}
