package dev.obsc.compiler.analysis;

import dev.obsc.compiler.diagnostics.Diagnostics;
import dev.obsc.model.AlertRule;
import dev.obsc.model.DashboardLink;
import dev.obsc.model.MonitoringModel;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Alerting rules: names, identity, timings, ownership, annotations and dashboard links. */
final class AlertChecks {
    /** Labels the DSL sets from typed fields; setting them by hand would contradict those fields. */
    private static final Set<String> RESERVED_LABELS = Set.of("severity", "team", "service", "alertname");

    private AlertChecks() {
    }

    static void check(MonitoringModel model, Diagnostics out) {
        Map<String, AlertRule> identities = new HashMap<>();
        LinkTargets targets = new LinkTargets(model.grafana().dashboards());
        for (AlertRule alert : model.alerts()) {
            String what = "alert '" + alert.name() + "'";
            if (!Names.ALERT.matcher(alert.name()).matches()) {
                out.error("ALERT001", alert.position(), "alert name '" + alert.name()
                        + "' is not valid; use letters, digits and underscores, e.g. TTAHighErrorRate");
            }
            // Prometheus identifies an alert by its name and labels: two rules with both equal
            // produce series that overwrite each other.
            AlertRule earlier = identities.putIfAbsent(alert.name() + alert.allLabels(), alert);
            if (earlier != null) {
                out.error("ALERT002", alert.position(), what + " with labels " + alert.allLabels()
                        + " is already declared at " + earlier.position()
                        + "; give one of them another name or a distinguishing label");
            }
            if (alert.expr().promql().isBlank()) {
                out.error("ALERT003", alert.position(), what + " has no expression; call expr(...)");
            }
            alert.forDuration().ifPresent(d -> Durations.check(d, "'for' of " + what, alert.position(), out));
            alert.keepFiringFor().ifPresent(d ->
                    Durations.check(d, "'keep_firing_for' of " + what, alert.position(), out));
            if (alert.team().isBlank() || alert.service().isBlank()) {
                out.error("ALERT004", alert.position(), what + " has no owner; call owner(team, service) so"
                        + " routing knows who to notify");
            }
            for (String label : alert.labels().keySet()) {
                Labels.checkName(label, what, alert.position(), out);
                if (RESERVED_LABELS.contains(label)) {
                    out.error("ALERT005", alert.position(), what + " sets label '" + label
                            + "' by hand; use severity(...) and owner(...) instead");
                }
            }
            if (alert.summary().isBlank()) {
                out.error("ALERT006", alert.position(), what + " has no summary; the summary is the page's title");
            }
            if (alert.description().isBlank()) {
                out.error("ALERT007", alert.position(), what + " has no description; say what is wrong and its impact");
            }
            if (!isHttpUrl(alert.runbookUrl())) {
                out.error("ALERT008", alert.position(), what + " needs a runbook URL (http or https), got '"
                        + alert.runbookUrl() + "'; call runbook(...)");
            }
            alert.dashboard().ifPresent(link -> checkLink(link, what, targets, out));
        }
    }

    private static void checkLink(DashboardLink link, String what, LinkTargets targets, Diagnostics out) {
        targets.check(link, what, LinkTargets.ALERT, out);
        String from = link.timeFrom().orElse("now");
        String to = link.timeTo().orElse("now");
        if (!GrafanaChecks.RELATIVE_TIME.matcher(from).matches() || !GrafanaChecks.RELATIVE_TIME.matcher(to).matches()) {
            out.error("ALERT015", link.position(), what + " opens its dashboard from " + from + " to " + to
                    + "; use Grafana's relative times such as now-6h and now");
        }
    }

    private static final java.util.regex.Pattern TEMPLATE_ACTION = java.util.regex.Pattern.compile("\\{\\{.*?}}");

    static boolean isHttpUrl(String text) {
        try {
            // A template action (the firing SLO's name, say) stands for one path segment.
            URI uri = new URI(TEMPLATE_ACTION.matcher(text).replaceAll("x"));
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
