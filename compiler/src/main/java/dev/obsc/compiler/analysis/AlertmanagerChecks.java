package dev.obsc.compiler.analysis;

import dev.obsc.compiler.diagnostics.Diagnostics;
import dev.obsc.model.AlertmanagerModel;
import dev.obsc.model.EmailConfig;
import dev.obsc.model.InhibitRule;
import dev.obsc.model.Integration;
import dev.obsc.model.MatchOp;
import dev.obsc.model.Matcher;
import dev.obsc.model.NotificationTemplate;
import dev.obsc.model.OpsgenieConfig;
import dev.obsc.model.PagerDutyConfig;
import dev.obsc.model.Receiver;
import dev.obsc.model.Route;
import dev.obsc.model.Secret;
import dev.obsc.model.SlackConfig;
import dev.obsc.model.SourcePosition;
import dev.obsc.model.TimeInterval;
import dev.obsc.model.TimeOfDayRange;
import dev.obsc.model.TimeRange;
import dev.obsc.model.WebhookConfig;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/** Receivers, the routing tree, inhibitions, time intervals and templates. */
final class AlertmanagerChecks {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern TIME_OF_DAY = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]|24:00");
    /** A URL that carries a credential: user:password@, or a chat service token path. */
    static final Pattern SECRET_BEARING_URL = Pattern.compile(
            "^[a-z]+://[^/@]+:[^/@]*@|hooks\\.slack\\.com/services/|\\.webhook\\.office\\.com/|"
                    + "outlook\\.office\\.com/webhook/|api\\.telegram\\.org/bot|discord(app)?\\.com/api/webhooks/");
    private static final Pattern TEMPLATE_NAME = Pattern.compile("[a-zA-Z0-9_-]+");

    private AlertmanagerChecks() {
    }

    static void check(AlertmanagerModel am, Diagnostics out) {
        Durations.check(am.global().resolveTimeout(), "resolve_timeout", am.root().position(), out);
        Map<String, Receiver> receivers = new HashMap<>();
        for (Receiver receiver : am.receivers()) {
            Receiver earlier = receivers.putIfAbsent(receiver.name(), receiver);
            if (earlier != null) {
                out.error("AM001", receiver.position(), "receiver '" + receiver.name()
                        + "' is declared twice; the first is at " + earlier.position());
            }
            checkIntegrations(receiver, am, out);
        }
        Map<String, TimeInterval> intervals = new HashMap<>();
        for (TimeInterval interval : am.timeIntervals()) {
            if (intervals.putIfAbsent(interval.name(), interval) != null) {
                out.error("AM002", interval.position(), "time interval '" + interval.name() + "' is declared twice");
            }
            interval.ranges().forEach(range -> checkRange(interval, range, out));
        }
        Route root = am.root();
        if (root.receiver().isEmpty()) {
            out.error("AM003", root.position(), "the root route has no receiver; every alert that no child route"
                    + " takes goes to the root's receiver, so name one with receiver(...)");
        }
        if (!root.matchers().isEmpty()) {
            out.error("AM004", root.position(), "the root route must match every alert; remove its matchers");
        }
        checkRoute(root, receivers.keySet(), intervals.keySet(), out);
        for (InhibitRule rule : am.inhibitRules()) {
            if (rule.source().isEmpty() || rule.target().isEmpty()) {
                out.error("AM005", rule.position(), "an inhibit rule needs source and target matchers;"
                        + " without them it mutes every alert");
            }
            checkMatchers(rule.source(), "inhibit rule source", rule.position(), out);
            checkMatchers(rule.target(), "inhibit rule target", rule.position(), out);
            rule.equal().forEach(label -> Labels.checkName(label, "inhibit rule 'equal'", rule.position(), out));
        }
        for (NotificationTemplate template : am.templates()) {
            if (!TEMPLATE_NAME.matcher(template.name()).matches()) {
                out.error("AM006", template.position(), "template name '" + template.name()
                        + "' must be a plain file name ([a-zA-Z0-9_-]+)");
            }
        }
    }

    private static void checkRoute(Route route, Set<String> receivers, Set<String> intervals, Diagnostics out) {
        route.receiver().filter(r -> !receivers.contains(r)).ifPresent(r ->
                out.error("AM007", route.position(), "route sends to receiver '" + r + "', which is not declared;"
                        + " declared receivers: " + receivers.stream().sorted().collect(Collectors.joining(", "))));
        route.groupWait().ifPresent(d -> Durations.check(d, "group_wait", route.position(), out));
        route.groupInterval().ifPresent(d -> Durations.check(d, "group_interval", route.position(), out));
        route.repeatInterval().ifPresent(d -> Durations.check(d, "repeat_interval", route.position(), out));
        route.groupBy().ifPresent(labels -> labels.stream().filter(l -> !l.equals("..."))
                .forEach(l -> Labels.checkName(l, "route group_by", route.position(), out)));
        checkMatchers(route.matchers(), "route", route.position(), out);
        for (String name : concat(route.muteTimeIntervals(), route.activeTimeIntervals())) {
            if (!intervals.contains(name)) {
                out.error("AM008", route.position(), "route refers to time interval '" + name
                        + "', which is not declared");
            }
        }
        route.routes().forEach(child -> checkRoute(child, receivers, intervals, out));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static void checkMatchers(List<Matcher> matchers, String owner, SourcePosition position, Diagnostics out) {
        for (Matcher matcher : matchers) {
            Labels.checkName(matcher.label(), owner + " matcher", position, out);
            if (matcher.op() == MatchOp.RE || matcher.op() == MatchOp.NRE) {
                try {
                    Pattern.compile(matcher.value());
                } catch (PatternSyntaxException e) {
                    out.error("AM009", position, owner + " matcher " + matcher + " has an invalid regular expression: "
                            + e.getDescription());
                }
            }
        }
    }

    private static void checkIntegrations(Receiver receiver, AlertmanagerModel am, Diagnostics out) {
        boolean smtpConfigured = am.global().smtpSmarthost().isPresent() && am.global().smtpFrom().isPresent();
        if (!receiver.integrationsOf(EmailConfig.class).isEmpty() && !smtpConfigured) {
            out.error("AM013", receiver.position(), "receiver '" + receiver.name() + "' sends email, but no SMTP"
                    + " server is configured; call alertmanager().smtp(smarthost, from, username, password)");
        }
        boolean slackConfigured = am.global().slackApiUrl().isPresent();
        for (SlackConfig slack : receiver.integrationsOf(SlackConfig.class)) {
            if (slack.apiUrl().isEmpty() && !slackConfigured) {
                out.error("AM014", receiver.position(), "receiver '" + receiver.name() + "' posts to Slack "
                        + slack.channel() + " without a webhook URL; set alertmanager().slackApiUrl(...) or give"
                        + " the channel its own");
            }
        }
        for (EmailConfig email : receiver.integrationsOf(EmailConfig.class)) {
            if (!EMAIL.matcher(email.to()).matches()) {
                out.error("AM010", receiver.position(), "receiver '" + receiver.name() + "' emails '" + email.to()
                        + "', which is not an email address");
            }
        }
        for (WebhookConfig webhook : receiver.integrationsOf(WebhookConfig.class)) {
            if (!AlertChecks.isHttpUrl(webhook.url())) {
                out.error("AM011", receiver.position(), "receiver '" + receiver.name() + "' has webhook URL '"
                        + webhook.url() + "', which is not an absolute http(s) URL");
            } else if (SECRET_BEARING_URL.matcher(webhook.url()).find()) {
                // Do not echo the URL: it is the secret.
                out.error("SECRET001", receiver.position(), "receiver '" + receiver.name() + "' has a webhook URL"
                        + " that carries a credential (user:password@ or a Slack/Teams/Telegram token path);"
                        + " secrets must not be written into the config. Use the integration with a Secret file"
                        + " (e.g. slack(channel, new Secret(path))) or a token-free bridge URL");
            }
        }
        for (Integration integration : receiver.integrations()) {
            secretsOf(integration).forEach(secret -> {
                if (!secret.file().startsWith("/")) {
                    out.error("SECRET002", receiver.position(), "receiver '" + receiver.name() + "' reads a secret from '"
                            + secret.file() + "'; give the absolute path where the deployment mounts it");
                }
            });
        }
    }

    private static List<Secret> secretsOf(Integration integration) {
        if (integration instanceof PagerDutyConfig pagerDuty) {
            return List.of(pagerDuty.routingKey());
        } else if (integration instanceof OpsgenieConfig opsgenie) {
            return List.of(opsgenie.apiKey());
        } else if (integration instanceof SlackConfig slack) {
            return slack.apiUrl().stream().toList();
        }
        return List.of();
    }

    private static void checkRange(TimeInterval interval, TimeRange range, Diagnostics out) {
        for (TimeOfDayRange times : range.times()) {
            boolean valid = TIME_OF_DAY.matcher(times.start()).matches() && TIME_OF_DAY.matcher(times.end()).matches()
                    && times.start().compareTo(times.end()) < 0;
            if (!valid) {
                out.error("AM012", interval.position(), "time interval '" + interval.name() + "' has times "
                        + times.start() + "-" + times.end() + "; use HH:MM with start before end");
            }
        }
    }
}
