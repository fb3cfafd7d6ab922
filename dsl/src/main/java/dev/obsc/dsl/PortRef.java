package dev.obsc.dsl;

/** A named port of a stack service. */
public record PortRef(String service, String port) {
}
