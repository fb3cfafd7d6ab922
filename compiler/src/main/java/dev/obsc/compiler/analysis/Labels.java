package dev.obsc.compiler.analysis;

import dev.obsc.compiler.diagnostics.Diagnostics;
import dev.obsc.model.SourcePosition;

/** Reports a label name Prometheus or Alertmanager would reject. */
final class Labels {
    private Labels() {
    }

    static boolean isValid(String label) {
        return Names.LABEL.matcher(label).matches() && !label.startsWith("__");
    }

    static void checkName(String label, String owner, SourcePosition position, Diagnostics out) {
        if (!isValid(label)) {
            out.error("LBL001", position, "label '" + label + "' of " + owner
                    + " is not a valid label name ([a-zA-Z_][a-zA-Z0-9_]*, not starting with __)");
        }
    }
}
