package dev.obsc.compiler.lowering.alertmanager;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.obsc.compiler.lowering.Document;
import dev.obsc.compiler.lowering.Trees;
import dev.obsc.model.AlertmanagerGlobal;
import dev.obsc.model.AlertmanagerModel;
import dev.obsc.model.EmailConfig;
import dev.obsc.model.InhibitRule;
import dev.obsc.model.Integration;
import dev.obsc.model.Matcher;
import dev.obsc.model.NotificationTemplate;
import dev.obsc.model.OpsgenieConfig;
import dev.obsc.model.PagerDutyConfig;
import dev.obsc.model.Receiver;
import dev.obsc.model.Route;
import dev.obsc.model.SlackConfig;
import dev.obsc.model.TimeInterval;
import dev.obsc.model.TimeRange;
import dev.obsc.model.WebhookConfig;

import java.util.ArrayList;
import java.util.List;

/** The Alertmanager model as {@code alertmanager.yml} plus one file per notification template. */
public final class AlertmanagerLowering {
    public static final String CONFIG = "alertmanager/alertmanager.yml";
    public static final String TEMPLATES_DIR = "templates";
    public static final String SCHEMA = "alertmanager.schema.json";

    private final String templatesGlob;

    /** Templates found beside the config file, in {@value #TEMPLATES_DIR}/. */
    public AlertmanagerLowering() {
        this(TEMPLATES_DIR + "/*.tmpl");
    }

    /** @param templatesGlob where the deployment puts the template files, as the config's templates entry */
    public AlertmanagerLowering(String templatesGlob) {
        this.templatesGlob = templatesGlob;
    }

    public List<Document> lower(AlertmanagerModel model) {
        ObjectNode config = Trees.object();
        config.set("global", global(model.global()));
        if (!model.templates().isEmpty()) {
            // Alertmanager resolves template paths against the directory of its config file.
            config.set("templates", Trees.strings(List.of(templatesGlob)));
        }
        config.set("route", route(model.root()));
        if (!model.inhibitRules().isEmpty()) {
            ArrayNode inhibits = config.putArray("inhibit_rules");
            model.inhibitRules().forEach(rule -> inhibits.add(inhibit(rule)));
        }
        ArrayNode receivers = config.putArray("receivers");
        model.receivers().forEach(receiver -> receivers.add(receiver(receiver)));
        if (!model.timeIntervals().isEmpty()) {
            ArrayNode intervals = config.putArray("time_intervals");
            model.timeIntervals().forEach(interval -> intervals.add(timeInterval(interval)));
        }
        List<Document> documents = new ArrayList<>();
        documents.add(Document.yaml(CONFIG, config, SCHEMA));
        for (NotificationTemplate template : model.templates()) {
            documents.add(Document.text("alertmanager/" + TEMPLATES_DIR + "/" + template.name() + ".tmpl",
                    template.body()));
        }
        return documents;
    }

    private static ObjectNode global(AlertmanagerGlobal global) {
        ObjectNode node = Trees.object();
        node.put("resolve_timeout", global.resolveTimeout());
        global.smtpSmarthost().ifPresent(v -> node.put("smtp_smarthost", v));
        global.smtpFrom().ifPresent(v -> node.put("smtp_from", v));
        global.smtpAuthUsername().ifPresent(v -> node.put("smtp_auth_username", v));
        global.smtpAuthPassword().ifPresent(v -> node.put("smtp_auth_password_file", v.file()));
        if (global.smtpSmarthost().isPresent()) {
            node.put("smtp_require_tls", global.smtpRequireTls());
        }
        global.slackApiUrl().ifPresent(v -> node.put("slack_api_url_file", v.file()));
        return node;
    }

    private static ObjectNode route(Route route) {
        ObjectNode node = Trees.object();
        route.receiver().ifPresent(r -> node.put("receiver", r));
        if (!route.matchers().isEmpty()) {
            node.set("matchers", matchers(route.matchers()));
        }
        route.groupBy().ifPresent(labels -> node.set("group_by", Trees.strings(labels)));
        route.groupWait().ifPresent(v -> node.put("group_wait", v));
        route.groupInterval().ifPresent(v -> node.put("group_interval", v));
        route.repeatInterval().ifPresent(v -> node.put("repeat_interval", v));
        if (!route.muteTimeIntervals().isEmpty()) {
            node.set("mute_time_intervals", Trees.strings(route.muteTimeIntervals()));
        }
        if (!route.activeTimeIntervals().isEmpty()) {
            node.set("active_time_intervals", Trees.strings(route.activeTimeIntervals()));
        }
        if (route.continueMatching()) {
            node.put("continue", true);
        }
        if (!route.routes().isEmpty()) {
            ArrayNode children = node.putArray("routes");
            route.routes().forEach(child -> children.add(route(child)));
        }
        return node;
    }

    private static ArrayNode matchers(List<Matcher> matchers) {
        return Trees.strings(matchers.stream().map(Matcher::toString).toList());
    }

    private static ObjectNode inhibit(InhibitRule rule) {
        ObjectNode node = Trees.object();
        node.set("source_matchers", matchers(rule.source()));
        node.set("target_matchers", matchers(rule.target()));
        if (!rule.equal().isEmpty()) {
            node.set("equal", Trees.strings(rule.equal()));
        }
        return node;
    }

    private static ObjectNode receiver(Receiver receiver) {
        ObjectNode node = Trees.object();
        node.put("name", receiver.name());
        integrations(node, "email_configs", receiver.integrationsOf(EmailConfig.class));
        integrations(node, "pagerduty_configs", receiver.integrationsOf(PagerDutyConfig.class));
        integrations(node, "opsgenie_configs", receiver.integrationsOf(OpsgenieConfig.class));
        integrations(node, "slack_configs", receiver.integrationsOf(SlackConfig.class));
        integrations(node, "webhook_configs", receiver.integrationsOf(WebhookConfig.class));
        return node;
    }

    private static void integrations(ObjectNode receiver, String field, List<? extends Integration> configs) {
        if (configs.isEmpty()) {
            return;
        }
        ArrayNode array = receiver.putArray(field);
        configs.forEach(config -> array.add(integration(config)));
    }

    private static ObjectNode integration(Integration integration) {
        ObjectNode node = Trees.object();
        if (integration instanceof EmailConfig email) {
            node.put("to", email.to());
            node.put("send_resolved", email.sendResolved());
            email.subject().ifPresent(s -> node.putObject("headers").put("Subject", s));
            email.html().ifPresent(h -> node.put("html", h));
        } else if (integration instanceof PagerDutyConfig pagerDuty) {
            node.put("routing_key_file", pagerDuty.routingKey().file());
            node.put("send_resolved", pagerDuty.sendResolved());
            pagerDuty.severity().ifPresent(s -> node.put("severity", s));
            pagerDuty.description().ifPresent(d -> node.put("description", d));
        } else if (integration instanceof OpsgenieConfig opsgenie) {
            node.put("api_key_file", opsgenie.apiKey().file());
            node.put("send_resolved", opsgenie.sendResolved());
            opsgenie.message().ifPresent(m -> node.put("message", m));
            opsgenie.priority().ifPresent(p -> node.put("priority", p));
            if (!opsgenie.teams().isEmpty()) {
                ArrayNode responders = node.putArray("responders");
                opsgenie.teams().forEach(team -> responders.addObject().put("name", team).put("type", "team"));
            }
        } else if (integration instanceof SlackConfig slack) {
            node.put("channel", slack.channel());
            slack.apiUrl().ifPresent(url -> node.put("api_url_file", url.file()));
            node.put("send_resolved", slack.sendResolved());
            slack.title().ifPresent(t -> node.put("title", t));
            slack.text().ifPresent(t -> node.put("text", t));
        } else if (integration instanceof WebhookConfig webhook) {
            node.put("url", webhook.url());
            node.put("send_resolved", webhook.sendResolved());
            if (webhook.maxAlerts() > 0) {
                node.put("max_alerts", webhook.maxAlerts());
            }
        }
        return node;
    }

    private static ObjectNode timeInterval(TimeInterval interval) {
        ObjectNode node = Trees.object();
        node.put("name", interval.name());
        ArrayNode ranges = node.putArray("time_intervals");
        for (TimeRange range : interval.ranges()) {
            ObjectNode r = Trees.object();
            if (!range.times().isEmpty()) {
                ArrayNode times = r.putArray("times");
                range.times().forEach(t -> times.addObject().put("start_time", t.start()).put("end_time", t.end()));
            }
            if (!range.weekdays().isEmpty()) {
                r.set("weekdays", Trees.strings(range.weekdays()));
            }
            if (!range.daysOfMonth().isEmpty()) {
                r.set("days_of_month", Trees.strings(range.daysOfMonth()));
            }
            if (!range.months().isEmpty()) {
                r.set("months", Trees.strings(range.months()));
            }
            if (!range.years().isEmpty()) {
                r.set("years", Trees.strings(range.years()));
            }
            range.location().ifPresent(l -> r.put("location", l));
            ranges.add(r);
        }
        return node;
    }
}
