package dev.obsc.dsl;

import dev.obsc.model.AlertGroup;
import dev.obsc.model.SourcePosition;

import java.util.ArrayList;
import java.util.List;

/** Collects the alerting rules of one group. */
public final class AlertGroupBuilder {
    private final String name;
    private final String interval;
    private final SourcePosition position;
    private final List<AlertBuilder> alerts = new ArrayList<>();

    AlertGroupBuilder(String name, String interval, SourcePosition position) {
        this.name = name;
        this.interval = interval;
        this.position = position;
    }

    /** Declares an alert; complete it with the returned builder. */
    public AlertBuilder alert(String name) {
        AlertBuilder builder = new AlertBuilder(name, this.name, Positions.caller());
        alerts.add(builder);
        return builder;
    }

    AlertGroup build() {
        return new AlertGroup(name, interval, alerts.stream().map(AlertBuilder::build).toList(), position);
    }
}
