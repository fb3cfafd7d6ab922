package dev.obsc.dsl;

import dev.obsc.model.Matcher;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** An instant-vector selector: a series name and label matchers. */
public final class Selector extends Expr {
    private final String series;
    private final List<Matcher> matchers;

    Selector(String series, List<Matcher> matchers) {
        super(render(series, matchers), Precedence.ATOM);
        this.series = series;
        this.matchers = List.copyOf(matchers);
    }

    private static String render(String series, List<Matcher> matchers) {
        return matchers.isEmpty() ? series
                : series + matchers.stream().map(Matcher::toString).collect(Collectors.joining(", ", "{", "}"));
    }

    /** The series name this selector selects. */
    String series() {
        return series;
    }

    List<Matcher> matchers() {
        return matchers;
    }

    /** The same selector with more matchers. */
    public Selector where(Matcher... more) {
        List<Matcher> all = new ArrayList<>(matchers);
        all.addAll(List.of(more));
        return new Selector(series, all);
    }

    /** This selector over a range, e.g. {@code over("5m")} for {@code series[5m]}. */
    public RangeSelector over(String range) {
        return new RangeSelector(this, range);
    }
}
