package dev.obsc.compiler.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.obsc.compiler.diagnostics.Diagnostic;
import dev.obsc.compiler.diagnostics.Diagnostics;
import dev.obsc.compiler.lowering.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rule files and mounts that emitted files refer to, relative to themselves, must be emitted too. */
class ReferencedFilesTest {
    private static Document yaml(String path, String json, String schema) throws Exception {
        return Document.yaml(path, new ObjectMapper().readTree(json.replace('\'', '"')), schema);
    }

    private static List<Diagnostic> check(Document... documents) {
        Diagnostics out = new Diagnostics();
        ReferencedFiles.check(List.of(documents), out);
        return out.sorted();
    }

    @Test
    void referencesResolvedAgainstTheReferringFilePass() throws Exception {
        assertEquals(List.of(), check(
                yaml("dev/prometheus/prometheus.yml", "{'rule_files':['slos/a.yml']}", "prometheus-config.schema.json"),
                yaml("dev/prometheus/slos/a.yml", "{'groups':[]}", "prometheus-rules.schema.json"),
                yaml("prometheus/tests/a.yml", "{'rule_files':['../../dev/prometheus/slos/a.yml']}",
                        "promtool-tests.schema.json"),
                yaml("dev/docker-compose.yml", "{'services':{'prometheus':{'volumes':['./prometheus:/etc/prometheus:ro',"
                        + "'data:/prometheus']}}}", "docker-compose.schema.json")));
    }

    @Test
    void aRuleFileOrMountThatIsNotEmittedIsACompilerDefect() throws Exception {
        List<Diagnostic> found = check(
                yaml("dev/prometheus/prometheus.yml", "{'rule_files':['slos/missing.yml']}", "prometheus-config.schema.json"),
                yaml("prometheus/tests/a.yml", "{'rule_files':['../slos/a.yml']}", "promtool-tests.schema.json"),
                yaml("dev/docker-compose.yml", "{'services':{'grafana':{'volumes':['./grafana:/etc/grafana:ro']}}}",
                        "docker-compose.schema.json"));
        assertEquals(List.of("VERIFY005", "VERIFY005", "VERIFY005"), found.stream().map(Diagnostic::code).toList());
        assertTrue(found.stream().anyMatch(d -> d.message().contains("(dev/prometheus/slos/missing.yml)")), found.toString());
        assertTrue(found.stream().anyMatch(d -> d.message().contains("(prometheus/slos/a.yml)")), found.toString());
        assertTrue(found.stream().anyMatch(d -> d.message().contains("mounts './grafana'")), found.toString());
        assertTrue(found.stream().allMatch(d -> d.position().file().equals("<generated>")), found.toString());
    }
}
