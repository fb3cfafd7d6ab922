package dev.obsc.model;

/** The Prometheus metric types the catalog knows. */
public enum MetricKind { COUNTER, GAUGE, HISTOGRAM }
