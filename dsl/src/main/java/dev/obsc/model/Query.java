package dev.obsc.model;

/** A PromQL expression as text; the compiler parses and checks it against the catalog. */
public record Query(String promql) {
    @Override
    public String toString() {
        return promql;
    }
}
