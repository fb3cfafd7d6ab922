package dev.obsc.compiler;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Wall time per pipeline stage, for {@code obsc generate --timings}: so a claim about where a large
 * compile spends its time comes from a measurement. Not thread-safe; stages run one after another.
 */
public final class Timings {
    private final List<String> stages = new ArrayList<>();
    private final List<Long> millis = new ArrayList<>();

    public <T> T time(String stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            stages.add(stage);
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
    }

    public void time(String stage, Runnable work) {
        time(stage, () -> {
            work.run();
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
