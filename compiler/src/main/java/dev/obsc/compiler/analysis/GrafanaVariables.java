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
        return IN_RANGE.matcher(query).replaceAll("$15m");
    }
}
