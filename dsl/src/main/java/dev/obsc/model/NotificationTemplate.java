package dev.obsc.model;

/** A Go text/template file of {@code define} blocks, emitted next to alertmanager.yml. */
public record NotificationTemplate(String name, String body, SourcePosition position) {
}
