package dev.obsc.dsl;

/** A typed handle on a receiver, for routes; the compiler checks the receiver is declared. */
public record ReceiverRef(String name) {
}
