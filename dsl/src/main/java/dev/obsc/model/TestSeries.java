package dev.obsc.model;

/** One synthetic input series of a rule test: a selector and values in Prometheus' expanding notation ("1+1x10"). */
public record TestSeries(String series, String values) {
}
