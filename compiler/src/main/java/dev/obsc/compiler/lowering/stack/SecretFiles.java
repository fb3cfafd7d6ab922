package dev.obsc.compiler.lowering.stack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.obsc.compiler.lowering.Document;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** The files a configuration reads secrets from: the values of its {@code *_file} keys. */
final class SecretFiles {
    private SecretFiles() {
    }

    static SortedSet<String> in(List<Document> configs) {
        TreeSet<String> files = new TreeSet<>();
        configs.stream().filter(d -> d.tree() != null).forEach(d -> collect(d.tree(), files));
        return files;
    }

    /** The files by directory: Kubernetes mounts one Secret per directory. */
    static SortedMap<String, SortedSet<String>> byDirectory(SortedSet<String> files) {
        SortedMap<String, SortedSet<String>> directories = new TreeMap<>();
        for (String file : files) {
            Path path = Path.of(file);
            directories.computeIfAbsent(path.getParent().toString(), d -> new TreeSet<>())
                    .add(path.getFileName().toString());
        }
        return directories;
    }

    private static void collect(JsonNode node, TreeSet<String> into) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getKey().endsWith("_file") && field.getValue().isTextual()) {
                    into.add(field.getValue().textValue());
                }
                collect(field.getValue(), into);
            }
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, into));
        }
    }
}
