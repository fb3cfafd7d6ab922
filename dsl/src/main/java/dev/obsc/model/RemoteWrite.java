package dev.obsc.model;

import java.util.Optional;

/** A Prometheus remote-write endpoint; the password only as a file the deployment mounts. */
public record RemoteWrite(String url, Optional<String> username, Optional<Secret> password) {
}
