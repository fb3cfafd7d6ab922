package dev.obsc.dsl;

import dev.obsc.model.MatchOp;
import dev.obsc.model.Matcher;

/** A label name, declared once and used in metrics, queries, routes and inhibitions. */
public record Label(String name) {
    public static Label of(String name) {
        return new Label(name);
    }

    public Matcher eq(String value) {
        return new Matcher(name, MatchOp.EQ, value);
    }

    public Matcher ne(String value) {
        return new Matcher(name, MatchOp.NE, value);
    }

    public Matcher matches(String regex) {
        return new Matcher(name, MatchOp.RE, regex);
    }

    public Matcher notMatches(String regex) {
        return new Matcher(name, MatchOp.NRE, regex);
    }

    @Override
    public String toString() {
        return name;
    }
}
