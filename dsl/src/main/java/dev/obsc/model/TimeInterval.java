package dev.obsc.model;

import java.util.List;

public record TimeInterval(String name, List<TimeRange> ranges, SourcePosition position) {
    public TimeInterval {
        ranges = List.copyOf(ranges);
    }
}
