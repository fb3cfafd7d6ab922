package dev.obsc.dsl;

import java.util.List;

/** The {@code on(...)}/{@code ignoring(...)} and {@code group_left}/{@code group_right} clause of a binary operation. */
public final class VectorMatching {
    static final VectorMatching NONE = new VectorMatching("");

    private final String clause;

    private VectorMatching(String clause) {
        this.clause = clause;
    }

    public static VectorMatching on(Label... labels) {
        return new VectorMatching(" on" + Expr.labelList(List.of(labels)));
    }

    public static VectorMatching ignoring(Label... labels) {
        return new VectorMatching(" ignoring" + Expr.labelList(List.of(labels)));
    }

    public VectorMatching groupLeft(Label... labels) {
        return new VectorMatching(clause + " group_left" + (labels.length == 0 ? "" : Expr.labelList(List.of(labels))));
    }

    public VectorMatching groupRight(Label... labels) {
        return new VectorMatching(clause + " group_right" + (labels.length == 0 ? "" : Expr.labelList(List.of(labels))));
    }

    String render() {
        return clause;
    }
}
