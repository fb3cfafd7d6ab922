package dev.obsc.compiler;

import java.util.ArrayList;
import java.util.List;

/**
 * Wall time per pipeline stage, for {@code obsc generate --timings}: so a claim about where a large
 * compile spends its time comes from a measurement. Not thread-safe; stages run one after another.
 */
public final class Timings {
    private final List<String> stages = new ArrayList<>();
    private final List<Long> millis = new ArrayList<>();

    /** Work of a stage, which may throw what it throws (writing files throws IOException). */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    /** A stage that returns nothing. */
    @FunctionalInterface
    public interface Step<E extends Exception> {
        void run() throws E;
    }

    public <T, E extends Exception> T time(String stage, Work<T, E> work) throws E {
        long start = System.nanoTime();
        try {
            return work.run();
        } finally {
            stages.add(stage);
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
    }

    public <E extends Exception> void timeStep(String stage, Step<E> step) throws E {
        time(stage, () -> {
            step.run();
            return null;
        });
    }

    /** e.g. {@code define 210 ms, slo 35 ms, analysis 400 ms}. */
    public String summary() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < stages.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(stages.get(i)).append(' ').append(millis.get(i)).append(" ms");
        }
        return out.toString();
    }
}
