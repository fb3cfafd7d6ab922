package dev.obsc.compiler.promql;

import java.util.List;
import java.util.Objects;

/**
 * The {@code by}/{@code without} clause of an aggregation. {@code by ()} is kept distinct from no
 * clause at all so printing reproduces what was written; both aggregate everything together.
 *
 * @param span the source of the clause, {@link Span#NONE} for {@link Kind#NONE}
 */
public record Grouping(Kind kind, List<String> labels, Span span) {

    public enum Kind { NONE, BY, WITHOUT }

    public static final Grouping NONE = new Grouping(Kind.NONE, List.of(), Span.NONE);

    public Grouping {
        Objects.requireNonNull(kind, "kind");
        labels = List.copyOf(labels);
        Objects.requireNonNull(span, "span");
        if (kind == Kind.NONE && !labels.isEmpty()) {
            throw new IllegalArgumentException("labels need by or without");
        }
    }

    public static Grouping by(String... labels) {
        return new Grouping(Kind.BY, List.of(labels), Span.NONE);
    }

    public static Grouping without(String... labels) {
        return new Grouping(Kind.WITHOUT, List.of(labels), Span.NONE);
    }
}
