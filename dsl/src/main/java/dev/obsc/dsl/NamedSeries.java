package dev.obsc.dsl;

import dev.obsc.model.Matcher;

import java.util.List;

/** A series known by name (a counter, a gauge, a recorded series): select it all or by labels. */
public abstract class NamedSeries {
    private final String name;

    NamedSeries(String name) {
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
