package dev.obsc.model;

/**
 * A dashboard variable a link sets: to {@code value}, or, when {@code fromLabel}, to the value of
 * the alert's label named {@code value} (so the dashboard opens on the job that fired).
 */
public record LinkVariable(String name, String value, boolean fromLabel) {
}
