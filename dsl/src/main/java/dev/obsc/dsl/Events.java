package dev.obsc.dsl;

import dev.obsc.model.CounterEvents;
import dev.obsc.model.EventSource;
import dev.obsc.model.QueryEvents;

/**
 * Where an SLI counts events: a counter of the catalog ({@link #counter}, the compiler takes its
 * rate) or any typed query that already yields events per second ({@link #perSecond}).
 */
public final class Events {
    private final EventSource source;

    private Events(EventSource source) {
        this.source = source;
    }

    /** The events a counter counts, e.g. {@code counter(executions.where(STATUS.eq("error")))}. */
    public static Events counter(Selector counter) {
        return new Events(new CounterEvents(counter.series(), counter.matchers()));
    }

    /** Events per second from any query, e.g. {@code perSecond(rate(x.all().over("5m")))}. */
    public static Events perSecond(Expr eventsPerSecond) {
        return new Events(new QueryEvents(eventsPerSecond.toQuery()));
    }

    EventSource source() {
        return source;
    }
}
