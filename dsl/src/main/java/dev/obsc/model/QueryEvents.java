package dev.obsc.model;

/** Events per second given by any query (e.g. {@code rate(x[5m]) * 2}); the compiler sums it by the SLI's labels. */
public record QueryEvents(Query perSecond) implements EventSource {
}
