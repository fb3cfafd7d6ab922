package dev.obsc.compiler.imports;

import dev.obsc.compiler.diagnostics.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code obsc import --java} prints a class that compiles whatever the metrics are called. */
class JavaDefinitionsPrinterTest {
    @TempDir
    Path work;

    @Test
    void metricsNamedLikeKeywordsTheClassOwnNamesOrEachOtherGetDistinctVariables() throws Exception {
        // class and pages are a keyword and a variable of the printed class; a__b and a_b both read aB.
        Path spec = work.resolve("sloth.yml");
        Files.writeString(spec, """
                version: "prometheus/v1"
                service: "odd"
                labels:
                  owner: "team"
                slos:
                  - name: "keywords"
                    objective: 99
                    sli:
                      events:
                        error_query: sum(rate(class{code="500"}[{{.window}}]))
                        total_query: sum(rate(pages[{{.window}}]))
                    alerting:
                      annotations:
                        runbook: "https://runbooks.example/keywords"
                  - name: "lookalikes"
                    objective: 99
                    sli:
                      events:
                        error_query: sum(rate(a_b{code="500"}[{{.window}}]))
                        total_query: sum(rate(a__b[{{.window}}]))
                    alerting:
                      annotations:
                        runbook: "https://runbooks.example/lookalikes"
                """);
        Diagnostics diagnostics = new Diagnostics();
        SpecImporter.Imported imported = SpecImporter.read(List.of(spec), diagnostics);
        assertTrue(diagnostics.sorted().stream().noneMatch(d -> d.isError()), diagnostics.sorted().toString());
        assertEquals(4, imported.metrics().size());

        String java = JavaDefinitionsPrinter.print(imported);
        assertTrue(java.contains("var class2 = m.counter(\"class\""), java);
        assertTrue(java.contains("var pages2 = m.counter(\"pages\""), java);
        assertTrue(java.contains("var aB = m.counter(\"a__b\"") && java.contains("var aB2 = m.counter(\"a_b\""), java);
        Path source = Files.writeString(work.resolve(JavaDefinitionsPrinter.CLASS_NAME + ".java"), java);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        assertEquals(0, javac.run(null, null, errors, "-classpath", System.getProperty("java.class.path"),
                "-d", work.resolve("classes").toString(), source.toString()), errors + "\n" + java);
    }
}
