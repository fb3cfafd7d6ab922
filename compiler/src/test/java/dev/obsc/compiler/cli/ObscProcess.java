package dev.obsc.compiler.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the packaged {@code obsc.jar} as a user would, in a separate JVM. */
final class ObscProcess {
    record Result(int exitCode, String stdout, String stderr) {
    }

    static Path jar() {
        String jar = System.getProperty("obsc.jar");
        if (jar == null) {
            throw new IllegalStateException("system property obsc.jar is not set; run through 'mvn verify'");
        }
        return Path.of(jar);
    }

    static Path testClasses() {
        return Path.of(System.getProperty("obsc.testClasses", "target/test-classes"));
    }

    static Result run(Path workDir, String... args) throws IOException, InterruptedException {
        return runWithInput(workDir, "", args);
    }

    static Result runWithInput(Path workDir, String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar().toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Path stdout = Files.createTempFile("obsc-out", ".txt");
        Path stderr = Files.createTempFile("obsc-err", ".txt");
        Path input = Files.writeString(Files.createTempFile("obsc-in", ".txt"), stdin);
        try {
            Process process = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectInput(input.toFile()).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("obsc did not finish within 60 s: " + command);
            }
            return new Result(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                    Files.readString(stderr, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
            Files.deleteIfExists(input);
        }
    }
}
