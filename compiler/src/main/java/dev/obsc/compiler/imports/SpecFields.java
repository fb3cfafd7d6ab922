package dev.obsc.compiler.imports;

import dev.obsc.compiler.diagnostics.Diagnostics;
import dev.obsc.model.SourcePosition;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Typed reading of one spec file's fields. A missing required field or a value of the wrong shape
 * is reported at its file:line (IMPORT003, IMPORT004) and read as absent, so one run reports every
 * problem of every file.
 */
final class SpecFields {
    static final String MISSING = "IMPORT003";
    static final String WRONG_SHAPE = "IMPORT004";
    static final String UNSUPPORTED = "IMPORT005";

    private final String file;
    private final Diagnostics out;

    SpecFields(String file, Diagnostics out) {
        this.file = file;
        this.out = out;
    }

    SourcePosition at(SpecNode node) {
        return new SourcePosition(file, node.line());
    }

    SourcePosition at(int line) {
        return new SourcePosition(file, line);
    }

    void error(String code, SpecNode where, String message) {
        out.error(code, at(where), message);
    }

    void warning(String code, SpecNode where, String message) {
        out.warning(code, at(where), message);
    }

    /** {@code what} cannot be expressed as an obsc SLO. */
    void unsupported(SpecNode where, String message) {
        out.error(UNSUPPORTED, at(where), message);
    }

    Optional<SpecNode.Scalar> scalar(SpecNode.Mapping parent, String key) {
        return typed(parent, key, SpecNode.Scalar.class, "a single value");
    }

    /** The value of {@code key} if it has the expected shape; absent (YAML null too) or reported otherwise. */
    private <T extends SpecNode> Optional<T> typed(SpecNode.Mapping parent, String key, Class<T> shape, String expected) {
        Optional<SpecNode> node = parent.get(key);
        if (node.isEmpty() || node.get() instanceof SpecNode.Scalar s && s.text() == null) {
            return Optional.empty();
        }
        if (shape.isInstance(node.get())) {
            return Optional.of(shape.cast(node.get()));
        }
        error(WRONG_SHAPE, node.get(), "'" + key + "' must be " + expected + ", not " + node.get().kind());
        return Optional.empty();
    }

    Optional<String> text(SpecNode.Mapping parent, String key) {
        return scalar(parent, key).map(SpecNode.Scalar::text);
    }

    /** The text of a field that must be there; reported and empty when it is not. */
    Optional<SpecNode.Scalar> required(SpecNode.Mapping parent, String key, String of) {
        Optional<SpecNode.Scalar> value = scalar(parent, key);
        if (value.isEmpty() && parent.get(key).filter(n -> !(n instanceof SpecNode.Scalar)).isEmpty()) {
            error(MISSING, parent, of + " has no '" + key + "'");
        }
        return value.filter(v -> !v.text().isBlank());
    }

    boolean flag(SpecNode.Mapping parent, String key) {
        return text(parent, key).map(t -> t.equalsIgnoreCase("true")).orElse(false);
    }

    Optional<SpecNode.Mapping> mapping(SpecNode.Mapping parent, String key) {
        return typed(parent, key, SpecNode.Mapping.class, "a mapping");
    }

    Optional<SpecNode.Mapping> requiredMapping(SpecNode.Mapping parent, String key, String of) {
        if (parent.get(key).isEmpty()) {
            error(MISSING, parent, of + " has no '" + key + "'");
        }
        return mapping(parent, key);
    }

    List<SpecNode> list(SpecNode.Mapping parent, String key) {
        return typed(parent, key, SpecNode.Sequence.class, "a list").map(SpecNode.Sequence::items).orElse(List.of());
    }

    Optional<SpecNode.Mapping> asMapping(SpecNode node, String what) {
        if (node instanceof SpecNode.Mapping mapping) {
            return Optional.of(mapping);
        }
        error(WRONG_SHAPE, node, what + " must be a mapping, not " + node.kind());
        return Optional.empty();
    }

    /** A mapping of strings, such as labels or annotations; sorted, so output is deterministic. */
    SortedMap<String, String> strings(SpecNode.Mapping parent, String key) {
        SortedMap<String, String> values = new TreeMap<>();
        mapping(parent, key).ifPresent(map -> map.entries().forEach((name, value) -> {
            if (value instanceof SpecNode.Scalar scalar && scalar.text() != null) {
                values.put(name, scalar.text());
            } else {
                error(WRONG_SHAPE, value, "'" + key + "." + name + "' must be a single value, not " + value.kind());
            }
        }));
        return values;
    }
}
