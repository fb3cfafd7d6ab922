package dev.obsc.dsl;

import dev.obsc.model.TimeOfDayRange;
import dev.obsc.model.TimeRange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One range of a time interval, in Alertmanager's syntax ("09:00"-"17:00", "monday:friday"). */
public final class TimeIntervalBuilder {
    private final List<TimeOfDayRange> times = new ArrayList<>();
    private final List<String> weekdays = new ArrayList<>();
    private final List<String> daysOfMonth = new ArrayList<>();
    private final List<String> months = new ArrayList<>();
    private final List<String> years = new ArrayList<>();
    private String location;

    TimeIntervalBuilder() {
    }

    public TimeIntervalBuilder times(String start, String end) {
        times.add(new TimeOfDayRange(start, end));
        return this;
    }

    public TimeIntervalBuilder weekdays(String... ranges) {
        weekdays.addAll(List.of(ranges));
        return this;
    }

    public TimeIntervalBuilder daysOfMonth(String... ranges) {
        daysOfMonth.addAll(List.of(ranges));
        return this;
    }

    public TimeIntervalBuilder months(String... ranges) {
        months.addAll(List.of(ranges));
        return this;
    }

    public TimeIntervalBuilder years(String... ranges) {
        years.addAll(List.of(ranges));
        return this;
    }

    /** An IANA time zone such as "Europe/Berlin"; UTC when unset. */
    public TimeIntervalBuilder location(String zone) {
        this.location = zone;
        return this;
    }

    TimeRange build() {
        return new TimeRange(times, weekdays, daysOfMonth, months, years, Optional.ofNullable(location));
    }
}
