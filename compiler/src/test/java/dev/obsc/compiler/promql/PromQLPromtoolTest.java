package dev.obsc.compiler.promql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real Prometheus agrees that every printed corpus expression is valid: each becomes a
 * recording rule and {@code promtool check rules} must accept the file.
 *
 * <p>Runs when the system property {@code obsc.requirePromtool} is set (CI sets it); then a
 * missing promtool is a failure, not a skip.
 */
class PromQLPromtoolTest {

    @TempDir
    Path tempDir;

    @Test
    void promtoolAcceptsEveryPrintedCorpusExpression() throws IOException, InterruptedException {
        assumeTrue(System.getProperty("obsc.requirePromtool") != null,
                "set -Dobsc.requirePromtool to check the corpus with promtool");

        StringBuilder rules = new StringBuilder("groups:\n- name: corpus\n  rules:\n");
        List<String> corpus = Corpus.expressions();
        for (int i = 0; i < corpus.size(); i++) {
            String printed = PromQL.print(PromQL.parse(corpus.get(i)));
            rules.append("  - record: corpus:expr_").append(i).append('\n')
                    .append("    expr: ").append(yamlDoubleQuoted(printed)).append('\n');
        }
        Path rulesFile = tempDir.resolve("corpus_rules.yml");
        Files.writeString(rulesFile, rules, StandardCharsets.UTF_8);

        Process process;
        try {
            process = new ProcessBuilder("promtool", "check", "rules", rulesFile.toString())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException notInstalled) {
            throw new AssertionError("obsc.requirePromtool is set but promtool cannot be run: " + notInstalled.getMessage()
                    + "; install it (Debian: apt-get install prometheus)", notInstalled);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "promtool did not finish");
        assertEquals(0, process.exitValue(), () -> "promtool rejected printed expressions:\n" + output);
        assertTrue(output.contains(corpus.size() + " rules found"), output);
    }

    /** A YAML double-quoted scalar; YAML's escapes are a superset of what we need here. */
    private static String yamlDoubleQuoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"': quoted.append("\\\""); break;
                case '\\': quoted.append("\\\\"); break;
                case '\n': quoted.append("\\n"); break;
                case '\t': quoted.append("\\t"); break;
                case '\r': quoted.append("\\r"); break;
                default:
                    if (c < 0x20) {
                        quoted.append(String.format("\\x%02x", (int) c));
                    } else {
                        quoted.append(c);
                    }
            }
        }
        return quoted.append('"').toString();
    }
}
