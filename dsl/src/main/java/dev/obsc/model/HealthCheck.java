package dev.obsc.model;

/**
 * An HTTP endpoint that answers 200 while a service is healthy. {@code probeInsideImage} says the
 * image has {@code wget} to probe itself with (distroless images do not), for Docker Compose health
 * checks; Kubernetes probes from outside the container and always can.
 */
public record HealthCheck(String port, String path, boolean probeInsideImage) {
}
