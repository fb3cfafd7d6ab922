package dev.obsc.compiler.analysis;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grafana template variables in queries and titles: {@code $name}, {@code ${name}},
 * {@code ${name:format}} and {@code [[name]]}, and Grafana's built-ins ({@code $__interval}, ...).
 */
final class GrafanaVariables {
    private static final Pattern REFERENCE = Pattern.compile(
            "\\$\\{([a-zA-Z_][a-zA-Z0-9_]*)(?::[^}]*)?}|\\$([a-zA-Z_][a-zA-Z0-9_]*)|\\[\\[([a-zA-Z_][a-zA-Z0-9_]*)]]");
    /** A variable standing for a range or step: {@code [$__rate_interval]}, {@code [5m:$interval]}. */
    private static final Pattern IN_RANGE = Pattern.compile("(\\[|:)\\s*(\\$\\{?[a-zA-Z_][a-zA-Z0-9_]*(?::[^}]*)?}?)\\s*(?=[]:])");

    private GrafanaVariables() {
    }

    /** The variables a text uses, built-ins ({@code __name}) left out. */
    static Set<String> used(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            if (!name.startsWith("__")) {
                names.add(name);
            }
        }
        return names;
    }

    static boolean usesAny(String text) {
        return REFERENCE.matcher(text).find();
    }

    /**
     * The query with variables replaced by values PromQL can parse: ranges and steps by a
     * duration, anything else (label values, thresholds) is left as written, since Grafana's
     * variables mostly sit inside quoted label values.
     */
    static String expandForChecking(String query) {
        String ranged = IN_RANGE.matcher(query).replaceAll("$15m");
        // Outside quoted strings a variable stands for a number ($__range_s, topk($n, ...)).
        StringBuilder out = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < ranged.length(); i++) {
            char ch = ranged.charAt(i);
            if (quote != 0) {
                out.append(ch);
                if (ch == '\\' && i + 1 < ranged.length()) {
                    out.append(ranged.charAt(++i));
                } else if (ch == quote) {
                    quote = 0;
                }
            } else if (ch == '"' || ch == '\'' || ch == '`') {
                quote = ch;
                out.append(ch);
            } else if (ch == '$') {
                Matcher m = REFERENCE.matcher(ranged).region(i, ranged.length());
                if (m.lookingAt()) {
                    out.append('1');
                    i = m.end() - 1;
                } else {
                    out.append(ch);
                }
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
