package dev.obsc.compiler.lowering;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;

/**
 * One output file before it becomes text: its path under the output directory ('/'-separated),
 * its format, its content as an ordered tree (or raw text for {@link Format#TEXT}), and the
 * project schema under {@code schemas/} it must satisfy.
 */
public record Document(String path, Format format, JsonNode tree, String text, Optional<String> schema) {

    public static Document yaml(String path, JsonNode tree, String schema) {
        return new Document(path, Format.YAML, tree, null, Optional.of(schema));
    }

    public static Document json(String path, JsonNode tree, String schema) {
        return new Document(path, Format.JSON, tree, null, Optional.of(schema));
    }

    public static Document text(String path, String text) {
        return new Document(path, Format.TEXT, null, text, Optional.empty());
    }

    /** The same document placed under {@code directory} (e.g. an environment's tree). */
    public Document under(String directory) {
        return new Document(directory + "/" + path, format, tree, text, schema);
    }

    /** The same document with another tree (same path, format and schema). */
    public Document withTree(JsonNode newTree) {
        return new Document(path, format, newTree, text, schema);
    }
}
