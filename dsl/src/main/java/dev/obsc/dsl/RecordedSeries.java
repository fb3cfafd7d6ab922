package dev.obsc.dsl;

import dev.obsc.model.Matcher;

import java.util.List;

/** The series a recording rule produces, to be used in alerts, dashboards and other rules. */
public final class RecordedSeries {
    private final String name;

    RecordedSeries(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public Selector all() {
        return new Selector(name, List.of());
    }

    public Selector where(Matcher... matchers) {
        return all().where(matchers);
    }
}
