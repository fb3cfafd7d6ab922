package dev.obsc.compiler.promql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** The test corpus of realistic expressions, {@code promql/corpus.txt}. */
final class Corpus {

    private Corpus() {
    }

    static List<String> expressions() {
        try (InputStream in = Corpus.class.getResourceAsStream("/promql/corpus.txt")) {
            if (in == null) {
                throw new IllegalStateException("promql/corpus.txt is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.stripLeading().startsWith("#"))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
