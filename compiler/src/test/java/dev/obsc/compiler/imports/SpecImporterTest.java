package dev.obsc.compiler.imports;

import dev.obsc.compiler.diagnostics.Diagnostic;
import dev.obsc.compiler.diagnostics.Diagnostics;
import dev.obsc.model.CounterEvents;
import dev.obsc.model.QueryEvents;
import dev.obsc.model.RatioSli;
import dev.obsc.model.Slo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the importer makes of spec files, without compiling: objectives, SLIs, lines of problems. */
class SpecImporterTest {
    @TempDir
    Path dir;

    @Test
    void slothObjectiveIsAnExactShareAndTheUsualQueryIsItsCounter() throws Exception {
        Path spec = Files.writeString(dir.resolve("sloth.yml"), """
                version: "prometheus/v1"
                service: api
                slos:
                  - name: availability
                    objective: 99.95
                    sli:
                      events:
                        error_query: sum by (job) (rate(http_requests_total{code="500"}[{{ .window }}]))
                        total_query: sum by (job) (rate(http_requests_total[{{.window}}]))
                    alerting:
                      annotations:
                        runbook: https://runbooks.example/api
                """);
        Diagnostics out = new Diagnostics();
        List<Slo> slos = SpecImporter.read(List.of(spec), out).slos();
        assertEquals(List.of(), out.sorted());
        Slo slo = slos.get(0);
        assertEquals(new BigDecimal("0.9995"), slo.objective());
        assertEquals("api", slo.team(), "without an owner label the service owns it");
        RatioSli sli = (RatioSli) slo.sli();
        assertEquals(List.of("job"), sli.by());
        assertEquals("http_requests_total", ((CounterEvents) sli.bad().orElseThrow()).metric());
        assertEquals("https://runbooks.example/api", slo.runbookUrl());
    }

    @Test
    void otherQueriesStayPerSecondQueries() throws Exception {
        Path spec = Files.writeString(dir.resolve("sloth.yml"), """
                version: "prometheus/v1"
                service: api
                slos:
                  - name: latency
                    objective: 99
                    sli:
                      events:
                        error_query: sum(rate(a_count[{{.window}}])) - sum(rate(a_bucket{le="0.5"}[{{.window}}]))
                        total_query: sum(rate(a_count[{{.window}}]))
                    alerting:
                      annotations:
                        runbook_url: https://runbooks.example/api
                """);
        Diagnostics out = new Diagnostics();
        RatioSli sli = (RatioSli) SpecImporter.read(List.of(spec), out).slos().get(0).sli();
        assertInstanceOf(QueryEvents.class, sli.bad().orElseThrow());
        assertEquals("sum(rate(a_count[5m])) - sum(rate(a_bucket{le=\"0.5\"}[5m]))",
                ((QueryEvents) sli.bad().orElseThrow()).perSecond().promql());
    }

    @Test
    void problemsInLaterDocumentsAreReportedAtTheirOwnLines() throws Exception {
        Path spec = Files.writeString(dir.resolve("openslo.yml"), """
                apiVersion: openslo/v1
                kind: Service
                metadata:
                  name: api
                ---
                apiVersion: openslo/v1
                kind: SLO
                metadata:
                  name: api-availability
                  annotations:
                    runbook_url: https://runbooks.example/api
                spec:
                  service: api
                  indicatorRef: missing
                  timeWindow:
                    - duration: 1Q
                      isRolling: true
                  budgetingMethod: RatioTimeslices
                  objectives:
                    - target: 0.99
                ---
                not: a spec
                """);
        Diagnostics out = new Diagnostics();
        SpecImporter.read(List.of(spec), out);
        List<String> found = out.sorted().stream().map(d -> d.position().line() + " " + d.code()).toList();
        assertEquals(List.of("14 IMPORT007", "16 IMPORT005", "18 IMPORT005", "22 IMPORT002"), found,
                out.sorted().toString());
    }

    @Test
    void yamlSyntaxErrorsNameTheirLine() throws Exception {
        Path spec = Files.writeString(dir.resolve("broken.yml"), "version: \"prometheus/v1\"\nslos:\n  - name: [a\n");
        Diagnostics out = new Diagnostics();
        SpecImporter.read(List.of(spec), out);
        Diagnostic d = out.sorted().get(0);
        assertEquals("IMPORT001", d.code());
        assertTrue(d.position().line() >= 3, d.toString());
    }
}
