package dev.obsc.compiler.analysis;

import dev.obsc.model.EmailConfig;
import dev.obsc.model.Integration;
import dev.obsc.model.OpsgenieConfig;
import dev.obsc.model.PagerDutyConfig;
import dev.obsc.model.SlackConfig;

import java.util.LinkedHashMap;
import java.util.Map;

/** The template texts of a receiver's integrations: what Alertmanager renders for each notification. */
public final class NotificationTexts {
    private NotificationTexts() {
    }

    /** The fields of an integration that Alertmanager renders as templates, by a readable name. */
    public static Map<String, String> of(Integration integration) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (integration instanceof EmailConfig email) {
            email.subject().ifPresent(s -> fields.put("email subject", s));
            email.html().ifPresent(h -> fields.put("email html", h));
        } else if (integration instanceof SlackConfig slack) {
            slack.title().ifPresent(t -> fields.put("slack title", t));
            slack.text().ifPresent(t -> fields.put("slack text", t));
        } else if (integration instanceof PagerDutyConfig pagerDuty) {
            pagerDuty.description().ifPresent(d -> fields.put("pagerduty description", d));
        } else if (integration instanceof OpsgenieConfig opsgenie) {
            opsgenie.message().ifPresent(m -> fields.put("opsgenie message", m));
        }
        return fields;
    }
}
