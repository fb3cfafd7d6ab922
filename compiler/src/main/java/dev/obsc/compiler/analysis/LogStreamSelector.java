package dev.obsc.compiler.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The label names of the stream selector a LogQL query starts with ({@code {a="x", b=~`y`} |= ...}). */
final class LogStreamSelector {
    private static final Pattern OPEN = Pattern.compile("^\\s*\\{");
    /** One matcher: name, operator, and a double-quoted (with escapes) or backquoted value. */
    private static final Pattern MATCHER = Pattern.compile(
            "\\G\\s*([a-zA-Z_][a-zA-Z0-9_]*)\\s*(?:=~|!~|!=|=)\\s*(?:\"(?:[^\"\\\\]|\\\\.)*\"|`[^`]*`)\\s*(,|})");

    private LogStreamSelector() {
    }

    /** The selector's label names in order, or empty when the query does not start with a well-formed selector. */
    static Optional<List<String>> labels(String logql) {
        Matcher open = OPEN.matcher(logql);
        if (!open.find()) {
            return Optional.empty();
        }
        List<String> labels = new ArrayList<>();
        Matcher matcher = MATCHER.matcher(logql);
        int at = open.end();
        while (matcher.find(at) && matcher.start() == at) {
            labels.add(matcher.group(1));
            if (matcher.group(2).equals("}")) {
                return Optional.of(labels);
            }
            at = matcher.end();
        }
        return Optional.empty();
    }
}
