package dev.obsc.compiler.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.obsc.compiler.diagnostics.Diagnostics;
import dev.obsc.compiler.lowering.Document;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Files that emitted files refer to by relative path exist in the output: the rule files of a
 * prometheus.yml and of a promtool test file (promtool only warns about a missing one), and the
 * directories a docker-compose.yml mounts from its tree.
 */
final class ReferencedFiles {

    private ReferencedFiles() {
    }

    static void check(List<Document> documents, Diagnostics out) {
        Set<String> paths = documents.stream().map(Document::path).collect(Collectors.toSet());
        for (Document document : documents) {
            if (document.tree() == null || document.schema().isEmpty()) {
                continue;
            }
            String schema = document.schema().get();
            if (schema.equals("prometheus-config.schema.json") || schema.equals("promtool-tests.schema.json")) {
                for (JsonNode file : document.tree().path("rule_files")) {
                    String resolved = resolve(document.path(), file.asText());
                    if (!paths.contains(resolved)) {
                        out.error("VERIFY005", OutputVerifier.GENERATED, document.path() + " loads rule file '" + file.asText()
                                + "', which the compiler does not emit (" + resolved + "). This is a compiler"
                                + " defect; please report it with the definitions");
                    }
                }
            } else if (schema.equals("docker-compose.schema.json")) {
                for (JsonNode service : document.tree().path("services")) {
                    for (JsonNode volume : service.path("volumes")) {
                        String source = volume.asText().substring(0, volume.asText().indexOf(':'));
                        if (source.startsWith("./") && paths.stream().noneMatch(p -> p.startsWith(
                                resolve(document.path(), source) + "/"))) {
                            out.error("VERIFY005", OutputVerifier.GENERATED, document.path() + " mounts '" + source
                                    + "', but the compiler emits nothing there. This is a compiler defect;"
                                    + " please report it with the definitions");
                        }
                    }
                }
            }
        }
    }

    /** A path relative to a document's directory, as a '/'-separated output path. */
    private static String resolve(String documentPath, String relative) {
        Path directory = Path.of(documentPath).getParent();
        Path resolved = (directory == null ? Path.of(relative) : directory.resolve(relative)).normalize();
        return resolved.toString().replace('\\', '/');
    }
}
