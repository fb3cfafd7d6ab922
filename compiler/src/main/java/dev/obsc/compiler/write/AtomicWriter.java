package dev.obsc.compiler.write;

import dev.obsc.compiler.emit.OutputFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Replaces the output directory as a whole: every file is written into a fresh sibling directory,
 * which then takes the output directory's place. A failure at any point leaves the previous output
 * as it was, and files the definitions no longer produce disappear instead of going stale.
 */
public final class AtomicWriter {
    private AtomicWriter() {
    }

    public static void write(Path outDir, List<OutputFile> files) throws IOException {
        Path target = outDir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".staging-");
        Path retired = null;
        try {
            Set<Path> directories = new TreeSet<>();
            for (OutputFile file : files) {
                Path path = staging.resolve(file.path()).normalize();
                if (!path.startsWith(staging)) {
                    throw new IOException("refusing to write outside the output directory: " + file.path());
                }
                directories.add(path.getParent());
            }
            for (Path directory : directories) {
                Files.createDirectories(directory);
            }
            // Thousands of files (one per SLO): encoding and writing them uses every core.
            try {
                files.parallelStream().forEach(file -> {
                    try {
                        Files.writeString(staging.resolve(file.path()).normalize(), file.content(), StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            if (Files.exists(target)) {
                retired = parent.resolve("." + target.getFileName() + ".retired-" + staging.getFileName());
                Files.move(target, retired, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (retired != null) {
                    Files.move(retired, target, StandardCopyOption.ATOMIC_MOVE);
                    retired = null;
                }
                throw e;
            }
        } finally {
            deleteTree(staging);
            if (retired != null) {
                deleteTree(retired);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
