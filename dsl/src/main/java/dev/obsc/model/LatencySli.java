package dev.obsc.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * An SLI over a histogram: good events are those at or under {@code threshold}, which must be one of
 * the histogram's declared bucket boundaries (its {@code _bucket{le="threshold"}} series); all events
 * are its {@code _count}. {@code matchers} select the histogram's series for both.
 */
public record LatencySli(String histogram, BigDecimal threshold, List<Matcher> matchers, List<String> by)
        implements Sli {
    public LatencySli {
        matchers = List.copyOf(matchers);
        by = List.copyOf(by);
    }
}
