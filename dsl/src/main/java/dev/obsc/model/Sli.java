package dev.obsc.model;

import java.util.List;

/**
 * What an {@link Slo} measures: good events among all events. A {@link RatioSli} counts them from
 * counters or queries (availability, cache hit ratio, any ratio of counters); a {@link LatencySli}
 * counts the events of a histogram at or under a threshold. {@code by} are the labels the SLI is
 * aggregated by (e.g. {@code job}); its recordings and alerts keep them.
 */
public sealed interface Sli permits RatioSli, LatencySli {
    List<String> by();
}
