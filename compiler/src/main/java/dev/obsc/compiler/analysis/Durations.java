package dev.obsc.compiler.analysis;

import dev.obsc.compiler.diagnostics.Diagnostics;
import dev.obsc.compiler.promql.Duration;
import dev.obsc.model.SourcePosition;

/** Reports a duration that Prometheus or Alertmanager would reject. */
final class Durations {
    private Durations() {
    }

    static boolean isValid(String duration) {
        return duration != null && Duration.parse(duration).isPresent();
    }

    static void check(String duration, String what, SourcePosition position, Diagnostics out) {
        if (!isValid(duration)) {
            out.error("DUR001", position, what + " '" + duration + "' is not a valid duration;"
                    + " write a number and a unit, largest first: 30s, 5m, 1h30m, 1d (units y w d h m s ms)");
        }
    }
}
