package dev.obsc.model;

/** A daily time range, "HH:MM" to "HH:MM" (end exclusive), as Alertmanager's {@code times} entries. */
public record TimeOfDayRange(String start, String end) {
}
