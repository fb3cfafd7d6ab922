package dev.obsc.model;

/**
 * A credential. There is deliberately no inline form: secrets reach the output only as a
 * file path that the deployment mounts, so no secret value is ever written to {@code generated/}.
 */
public record Secret(String file) {
}
