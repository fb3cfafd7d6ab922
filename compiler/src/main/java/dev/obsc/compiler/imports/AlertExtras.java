package dev.obsc.compiler.imports;

import dev.obsc.compiler.analysis.SecretNames;
import dev.obsc.model.Severity;
import dev.obsc.model.SloSeries;

import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Labels and annotations a spec puts on its alerts. obsc sets some itself (severity from the burn
 * tier, team, service, the SLO labels; summary and description from the SLO; runbook_url from the
 * runbook), so a spec's value for one of those is dropped with a warning (IMPORT010), except a
 * severity equal to obsc's own; a {@code runbook} or {@code runbook_url} annotation becomes the
 * SLO's runbook. A key naming a credential (e.g. a PagerDuty {@code routing_key}) is an error
 * (IMPORT009): rule files carry no secrets.
 */
final class AlertExtras {
    static final String IGNORED = "IMPORT010";
    static final String SECRET = "IMPORT009";
    /** The label an imported Sloth alert name becomes: obsc names each tier's alert itself. */
    static final String SPEC_ALERT_LABEL = "slo_alert";
    private static final Set<String> OWN_LABELS = Set.of("severity", "team", "service", SloSeries.SLO_LABEL,
            SloSeries.PERIOD_LABEL, SloSeries.TIER_LABEL, "alertname");
    private static final Set<String> OWN_ANNOTATIONS = Set.of("summary", "description", "runbook_url", "dashboard",
            SloSeries.BUDGET_LEFT_ANNOTATION);
    /** In this order: with both, runbook_url wins, as in OpenSLO imports (a Set's order would vary by run). */
    private static final List<String> RUNBOOK = List.of("runbook", "runbook_url");

    private final SpecFields fields;

    AlertExtras(SpecFields fields) {
        this.fields = fields;
    }

    SortedMap<String, String> labels(SortedMap<String, String> labels, SpecNode.Mapping at) {
        return without(labels, OWN_LABELS, "label", at);
    }

    /** Labels of the page (critical) or ticket (warning) alerts only. */
    SortedMap<String, String> labels(SortedMap<String, String> labels, SpecNode.Mapping at, Severity tierSeverity) {
        SortedMap<String, String> given = new TreeMap<>(labels);
        given.remove("severity", tierSeverity.label());
        return without(given, OWN_LABELS, "label", at);
    }

    SortedMap<String, String> annotations(SortedMap<String, String> annotations, SpecNode.Mapping at) {
        return without(annotations, OWN_ANNOTATIONS, "annotation", at);
    }

    /** Removes the runbook annotation from {@code annotations} and returns its URL (empty when none). */
    String takeRunbook(SortedMap<String, String> annotations) {
        String url = "";
        for (String key : RUNBOOK) {
            String value = annotations.remove(key);
            url = value == null ? url : value;
        }
        return url;
    }

    private SortedMap<String, String> without(SortedMap<String, String> given, Set<String> own, String what,
                                              SpecNode.Mapping at) {
        SortedMap<String, String> kept = new TreeMap<>();
        given.forEach((key, value) -> {
            if (SecretNames.namesSecret(key)) {
                fields.error(SECRET, at, "the " + what + " '" + key + "' names a credential, and obsc writes no secret"
                        + " into rule files; drop it and route the alerts by their team, service and severity labels");
            } else if (own.contains(key)) {
                fields.warning(IGNORED, at, "the " + what + " '" + key + "=" + value + "' is not imported: obsc sets '"
                        + key + "' on SLO alerts itself (severity: critical for pages, warning for tickets)");
            } else {
                kept.put(key, value);
            }
        });
        return kept;
    }
}
