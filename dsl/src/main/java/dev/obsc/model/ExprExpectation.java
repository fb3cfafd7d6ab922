package dev.obsc.model;

import java.util.List;

/** At {@code evalTime}, {@code expr} returns exactly {@code samples} (none: it returns nothing). */
public record ExprExpectation(String expr, String evalTime, List<ExpectedSample> samples) {
    public ExprExpectation {
        samples = List.copyOf(samples);
    }
}
