package dev.obsc.compiler.analysis;

import dev.obsc.compiler.diagnostics.Diagnostics;
import dev.obsc.model.AlertRule;
import dev.obsc.model.Environment;
import dev.obsc.model.MonitoringModel;
import dev.obsc.model.RecordingRule;
import dev.obsc.model.SourcePosition;

import java.util.List;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

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
        // Tens of thousands of rules share a handful of label names: each name is judged once.
        Map<String, Boolean> secret = new HashMap<>();
        Predicate<String> namesSecret = key -> secret.computeIfAbsent(key, SecretNames::namesSecret);
        for (AlertRule alert : model.alerts()) {
            Supplier<String> what = () -> "alert '" + alert.name() + "'";
            check(alert.labels().keySet(), namesSecret, "label", what, alert.position(), out);
            check(alert.annotations().keySet(), namesSecret, "annotation", what, alert.position(), out);
        }
        for (RecordingRule rule : model.recordingRules()) {
            check(rule.labels().keySet(), namesSecret, "label", () -> "recording rule '" + rule.record() + "'",
                    rule.position(), out);
        }
        for (Environment environment : model.stack().environments()) {
            check(environment.externalLabels().keySet(), namesSecret, "external label",
                    () -> "environment '" + environment.name() + "'", environment.position(), out);
        }
    }

    private static void check(Set<String> keys, Predicate<String> namesSecret, String kind, Supplier<String> what,
                              SourcePosition position, Diagnostics out) {
        for (String key : keys) {
            if (namesSecret.test(key)) {
                out.error("SECRET003", position, what.get() + " has " + kind + " '" + key + "', named like a credential:"
                        + " generated files are not secret, so its value would be in plain text; rename it, or keep the"
                        + " credential in a receiver's *_file");
            }
        }
    }
}
