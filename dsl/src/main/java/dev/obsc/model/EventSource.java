package dev.obsc.model;

/**
 * Where an SLI counts events: a {@link CounterEvents} counter selector (the compiler takes its rate)
 * or a {@link QueryEvents} query that already yields events per second.
 */
public sealed interface EventSource permits CounterEvents, QueryEvents {
}
