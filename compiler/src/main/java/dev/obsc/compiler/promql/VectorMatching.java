package dev.obsc.compiler.promql;

import java.util.List;
import java.util.Objects;

/**
 * The vector matching clause of a binary operation: {@code on(...)} or {@code ignoring(...)},
 * optionally followed by {@code group_left(...)} or {@code group_right(...)}.
 *
 * @param include the extra labels copied from the "one" side ({@code group_left(extra)})
 * @param span    the source of the whole clause
 */
public record VectorMatching(Kind kind, List<String> labels, Cardinality cardinality, List<String> include, Span span) {

    public enum Kind {
        ON("on"), IGNORING("ignoring");

        private final String keyword;

        Kind(String keyword) {
            this.keyword = keyword;
        }

        public String keyword() {
            return keyword;
        }
    }

    public enum Cardinality {
        ONE_TO_ONE(""), MANY_TO_ONE("group_left"), ONE_TO_MANY("group_right");

        private final String keyword;

        Cardinality(String keyword) {
            this.keyword = keyword;
        }

        public String keyword() {
            return keyword;
        }
    }

    public VectorMatching {
        Objects.requireNonNull(kind, "kind");
        labels = List.copyOf(labels);
        Objects.requireNonNull(cardinality, "cardinality");
        include = List.copyOf(include);
        Objects.requireNonNull(span, "span");
        if (cardinality == Cardinality.ONE_TO_ONE && !include.isEmpty()) {
            throw new IllegalArgumentException("include labels need group_left or group_right");
        }
    }

    public static VectorMatching on(String... labels) {
        return new VectorMatching(Kind.ON, List.of(labels), Cardinality.ONE_TO_ONE, List.of(), Span.NONE);
    }

    public static VectorMatching ignoring(String... labels) {
        return new VectorMatching(Kind.IGNORING, List.of(labels), Cardinality.ONE_TO_ONE, List.of(), Span.NONE);
    }

    public VectorMatching groupLeft(String... includeLabels) {
        return new VectorMatching(kind, labels, Cardinality.MANY_TO_ONE, List.of(includeLabels), span);
    }

    public VectorMatching groupRight(String... includeLabels) {
        return new VectorMatching(kind, labels, Cardinality.ONE_TO_MANY, List.of(includeLabels), span);
    }
}
