package dev.obsc.model;

/**
 * A named port a service listens on, e.g. {@code web 9090}. A published port is also opened on the
 * Docker host (Compose), so published ports must be unique across the stack.
 */
public record ServicePort(String name, int port, boolean published) {
}
