package dev.obsc.model;

import java.util.List;
import java.util.Optional;

/**
 * An SLI as a ratio of event rates. Exactly two of {@code good}, {@code bad} and {@code total} are
 * given: good/total, bad/total, or good and bad whose sum is the total (e.g. cache hits and misses).
 */
public record RatioSli(Optional<EventSource> good, Optional<EventSource> bad, Optional<EventSource> total,
                       List<String> by) implements Sli {
    public RatioSli {
        by = List.copyOf(by);
    }

    public static RatioSli goodOverTotal(EventSource good, EventSource total, List<String> by) {
        return new RatioSli(Optional.of(good), Optional.empty(), Optional.of(total), by);
    }

    public static RatioSli badOverTotal(EventSource bad, EventSource total, List<String> by) {
        return new RatioSli(Optional.empty(), Optional.of(bad), Optional.of(total), by);
    }

    public static RatioSli goodAndBad(EventSource good, EventSource bad, List<String> by) {
        return new RatioSli(Optional.of(good), Optional.of(bad), Optional.empty(), by);
    }

    /** The sources given, in the order good, bad, total. */
    public List<EventSource> sources() {
        return java.util.stream.Stream.of(good, bad, total).flatMap(Optional::stream).toList();
    }
}
