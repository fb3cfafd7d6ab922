package dev.obsc.compiler.analysis;

import dev.obsc.compiler.diagnostics.Diagnostic;
import dev.obsc.compiler.diagnostics.Diagnostics;
import dev.obsc.model.AlertRule;
import dev.obsc.model.MonitoringModel;
import dev.obsc.model.RecordingRule;
import dev.obsc.model.SourcePosition;
import dev.obsc.model.Suppression;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies the definitions' suppressions: a warning reported at a rule's declaration whose code the
 * rule suppresses is accepted (and listed for review) instead of printed. Errors cannot be
 * suppressed, and a suppression that matches nothing is itself reported, so none goes stale.
 */
final class SuppressionFilter {
    private record Key(SourcePosition position, String code) {
    }

    private record Owner(String subject, Suppression suppression) {
    }

    private SuppressionFilter() {
    }

    static List<AcceptedWarning> apply(MonitoringModel model, List<Diagnostic> raw, Diagnostics out) {
        Map<Key, Owner> suppressions = new LinkedHashMap<>();
        for (AlertRule alert : model.alerts()) {
            alert.suppressions().forEach(s -> suppressions.put(new Key(alert.position(), s.code()),
                    new Owner("alert " + alert.name(), s)));
        }
        for (RecordingRule rule : model.recordingRules()) {
            rule.suppressions().forEach(s -> suppressions.put(new Key(rule.position(), s.code()),
                    new Owner("recording rule " + rule.record(), s)));
        }
        List<AcceptedWarning> accepted = new ArrayList<>();
        Set<Key> used = new HashSet<>();
        for (Diagnostic diagnostic : raw) {
            Key key = new Key(diagnostic.position(), diagnostic.code());
            Owner owner = suppressions.get(key);
            if (owner == null) {
                out.add(diagnostic);
            } else if (diagnostic.isError()) {
                used.add(key);
                out.add(diagnostic);
                out.error("SUP001", owner.suppression().position(), diagnostic.code() + " is an error and cannot be"
                        + " suppressed; fix the " + owner.subject() + " instead");
            } else {
                used.add(key);
                accepted.add(new AcceptedWarning(owner.subject(), diagnostic, owner.suppression()));
            }
        }
        suppressions.forEach((key, owner) -> {
            if (!used.contains(key)) {
                out.warning("SUP002", owner.suppression().position(), "the " + owner.subject() + " suppresses "
                        + key.code() + ", but no such warning is reported for it; remove the suppression");
            }
        });
        return accepted;
    }
}
