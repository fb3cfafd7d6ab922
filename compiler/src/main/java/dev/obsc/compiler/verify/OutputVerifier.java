package dev.obsc.compiler.verify;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.obsc.compiler.diagnostics.Diagnostics;
import dev.obsc.compiler.emit.OutputFile;
import dev.obsc.compiler.lowering.Document;
import dev.obsc.compiler.lowering.Format;
import dev.obsc.compiler.lowering.grafana.GrafanaLowering;
import dev.obsc.model.SourcePosition;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks every emitted file before anything is written: its tree satisfies the project's schema,
 * its text reads back as the same tree (so quoting and number formatting lost nothing), the
 * files it refers to by relative path are emitted too, and it holds no secret value.
 */
public final class OutputVerifier {
    /** Where problems of the output itself are reported: they are compiler defects, not the definitions'. */
    static final SourcePosition GENERATED = new SourcePosition("<generated>", 0);
    /**
     * Schemas a document must satisfy besides its own: a project schema says exactly what obsc emits,
     * and a general model of the target's format guards against that project schema itself being wrong.
     */
    private static final Map<String, List<String>> ALSO_CHECKED_AGAINST = Map.of(
            GrafanaLowering.DASHBOARD_SCHEMA, List.of(GrafanaLowering.CLASSIC_DASHBOARD_SCHEMA));

    /** Rule files of thousands of SLOs pass snakeyaml's default 3 MB limit; the compiler wrote them, so read them whole. */
    private static final int MAX_CODE_POINTS = Integer.MAX_VALUE;

    private final SchemaValidator schemas = new SchemaValidator();
    /** A key twice in a mapping is refused by the reader (Prometheus's and Alertmanager's readers refuse it too). */
    private final ObjectMapper yamlReader = new ObjectMapper(YAMLFactory.builder()
            .loaderOptions(loaderOptions()).build()).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private final ObjectMapper jsonReader = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    public void verify(List<Document> documents, List<OutputFile> files, Diagnostics out) {
        Map<String, OutputFile> byPath = files.stream().collect(Collectors.toMap(OutputFile::path, Function.identity()));
        // Documents are independent, so they are verified in parallel; each gets its own diagnostics,
        // added in document order so the report stays deterministic.
        List<Diagnostics> perDocument = documents.parallelStream()
                .filter(document -> document.format() != Format.TEXT)
                .map(document -> verify(document, byPath.get(document.path()))).toList();
        perDocument.forEach(found -> out.addAll(found.sorted()));
        ReferencedFiles.check(documents, out);
        InlineSecrets.check(documents, out);
    }

    private Diagnostics verify(Document document, OutputFile file) {
        Diagnostics out = new Diagnostics();
        document.schema().ifPresent(schema -> checkSchemas(document, Stream.concat(Stream.of(schema),
                ALSO_CHECKED_AGAINST.getOrDefault(schema, List.of()).stream()).toList(), out));
        checkRoundTrip(document, file, out);
        return out;
    }

    private void checkSchemas(Document document, List<String> schemaNames, Diagnostics out) {
        schemas.validate(schemaNames, document.tree()).forEach((schema, problems) -> problems.forEach(problem ->
                out.error("VERIFY001", GENERATED, document.path() + " does not satisfy schemas/" + schema + ": "
                        + problem + ". This is a compiler defect; please report it with the definitions")));
    }

    private static org.yaml.snakeyaml.LoaderOptions loaderOptions() {
        org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        return options;
    }

    private void checkRoundTrip(Document document, OutputFile file, Diagnostics out) {
        ObjectMapper reader = document.format() == Format.YAML ? yamlReader : jsonReader;
        try (JsonParser parser = reader.createParser(file.content())) {
            if (!ReadBack.readsAs(parser, document.tree())) {
                out.error("VERIFY002", GENERATED, document.path()
                        + " does not read back as what was emitted. This is a compiler defect; please report it");
            }
        } catch (IOException e) {
            out.error("VERIFY003", GENERATED, document.path() + " is not well-formed: " + e.getMessage());
        }
    }
}
