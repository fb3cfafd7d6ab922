package dev.obsc.compiler.tools;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A real binary (prometheus, alertmanager) started by the live test or a benchmark. It is stopped by
 * {@link #close()} (the caller's try/finally), should the JVM exit first by a shutdown hook, and
 * should the JVM be killed by coreutils' {@code timeout} it runs under: nothing may leave a server
 * behind.
 */
public final class ManagedProcess implements AutoCloseable {
    private static final Set<ManagedProcess> RUNNING = ConcurrentHashMap.newKeySet();
    /** Far longer than a live run takes; the bound only matters when nothing else stopped the server. */
    private static final Duration MAX_LIFETIME = Duration.ofSeconds(300);

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(ManagedProcess::kill),
                "live-test-process-reaper"));
    }

    private final String name;
    private final Process process;
    private final Path log;

    private ManagedProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** Starts the first of {@code candidates} found on the PATH (Debian names alertmanager differently). */
    public static ManagedProcess start(List<String> candidates, List<String> args, Path log) throws IOException {
        return start(candidates, args, log, MAX_LIFETIME);
    }

    /** As {@link #start(List, List, Path)}, for a server that must run up to {@code maxLifetime}. */
    public static ManagedProcess start(List<String> candidates, List<String> args, Path log, Duration maxLifetime)
            throws IOException {
        String binary = locate(candidates);
        List<String> command = new ArrayList<>();
        // Even if the JVM is killed outright (no shutdown hook runs), the server ends on its own.
        command.addAll(List.of(locate(List.of("timeout")), "--kill-after=5s", maxLifetime.toSeconds() + "s"));
        command.add(binary);
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ManagedProcess managed = new ManagedProcess(Path.of(binary).getFileName().toString(), process, log);
        RUNNING.add(managed);
        return managed;
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The end of the process' log, to explain a failure. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Asks the process to stop, then forces it; waits until it and any children are gone. */
    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                kill();
            }
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
        } finally {
            if (!process.isAlive()) {
                RUNNING.remove(this);
            }
        }
    }

    private void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static String locate(List<String> candidates) {
        for (String candidate : candidates) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                Path path = Path.of(dir, candidate);
                if (Files.isExecutable(path)) {
                    return path.toString();
                }
            }
        }
        throw new AssertionError(String.join(" or ", candidates) + " is not installed; run 'make tools' (Debian"
                + " packages prometheus and prometheus-alertmanager). The live test and benchmarks are never skipped.");
    }
}
