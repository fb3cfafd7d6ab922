package dev.obsc.dsl;

/** A typed handle on a declared time interval, for muting or activating routes. */
public record TimeIntervalRef(String name) {
}
