package dev.obsc.model;

import java.util.List;
import java.util.Optional;

/** One Alertmanager time_interval entry; empty lists mean "any". */
public record TimeRange(List<TimeOfDayRange> times, List<String> weekdays, List<String> daysOfMonth,
                        List<String> months, List<String> years, Optional<String> location) {
    public TimeRange {
        times = List.copyOf(times);
        weekdays = List.copyOf(weekdays);
        daysOfMonth = List.copyOf(daysOfMonth);
        months = List.copyOf(months);
        years = List.copyOf(years);
    }
}
