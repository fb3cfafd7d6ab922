package dev.obsc.compiler.imports;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML value of an imported spec with the line it starts on, so that every import diagnostic can
 * name the spec's file:line. Scalars keep their text as written (an objective of {@code 99.9} stays
 * exactly that decimal).
 */
sealed interface SpecNode permits SpecNode.Scalar, SpecNode.Mapping, SpecNode.Sequence {
    int line();

    /** What the node is, for "expected a mapping, found a list" messages. */
    String kind();

    /** A string, number, boolean or null; {@code text} is null for YAML null. */
    record Scalar(String text, int line) implements SpecNode {
        @Override
        public String kind() {
            return text == null ? "null" : "a scalar";
        }
    }

    /** Keys in document order, each with its value. */
    record Mapping(Map<String, SpecNode> entries, int line) implements SpecNode {
        public Mapping {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public Optional<SpecNode> get(String key) {
            return Optional.ofNullable(entries.get(key));
        }

        @Override
        public String kind() {
            return "a mapping";
        }
    }

    record Sequence(List<SpecNode> items, int line) implements SpecNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "a list";
        }
    }
}
