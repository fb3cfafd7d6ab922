package dev.obsc.compiler.analysis;

import dev.obsc.compiler.diagnostics.Diagnostics;
import dev.obsc.model.AlertRule;
import dev.obsc.model.Environment;
import dev.obsc.model.MonitoringModel;
import dev.obsc.model.RecordingRule;
import dev.obsc.model.SourcePosition;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keys that name a credential. Their values are never written in plain text: the output check
 * refuses them, so a label or annotation named like one is reported here, at its definition.
 */
public final class SecretNames {
    /** A key names a credential when it ends with one of these, in any case (a plain suffix test: it runs on every key emitted). */
    private static final List<String> SECRET_SUFFIXES = List.of("password", "passwd", "token", "apikey", "api_key",
            "routing_key", "service_key", "client_secret", "secret_key");

    private SecretNames() {
    }

    public static boolean namesSecret(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        for (String suffix : SECRET_SUFFIXES) {
            if (lower.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    static void check(MonitoringModel model, Diagnostics out) {
        for (AlertRule alert : model.alerts()) {
            String what = "alert '" + alert.name() + "'";
            check(alert.labels().keySet(), "label", what, alert.position(), out);
            check(alert.annotations().keySet(), "annotation", what, alert.position(), out);
        }
        for (RecordingRule rule : model.recordingRules()) {
            check(rule.labels().keySet(), "label", "recording rule '" + rule.record() + "'", rule.position(), out);
        }
        for (Environment environment : model.stack().environments()) {
            check(environment.externalLabels().keySet(), "external label", "environment '" + environment.name() + "'",
                    environment.position(), out);
        }
    }

    private static void check(Set<String> keys, String kind, String what, SourcePosition position, Diagnostics out) {
        for (String key : keys) {
            if (namesSecret(key)) {
                out.error("SECRET003", position, what + " has " + kind + " '" + key + "', named like a credential:"
                        + " generated files are not secret, so its value would be in plain text; rename it, or keep the"
                        + " credential in a receiver's *_file");
            }
        }
    }
}
