package dev.obsc.compiler.analysis;

import java.util.regex.Pattern;

/** The name grammars of Prometheus and Grafana. */
final class Names {
    static final Pattern METRIC = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    static final Pattern LABEL = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
    static final Pattern ALERT = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
    /** Recording rules name their output {@code level:metric:operations}. */
    static final Pattern RECORDING_CONVENTION = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*:[a-zA-Z0-9_]+(:[a-zA-Z0-9_]+)+");

    private Names() {
    }
}
