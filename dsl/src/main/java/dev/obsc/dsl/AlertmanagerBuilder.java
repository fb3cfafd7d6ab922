package dev.obsc.dsl;

import dev.obsc.model.AlertmanagerGlobal;
import dev.obsc.model.AlertmanagerModel;
import dev.obsc.model.InhibitRule;
import dev.obsc.model.Matcher;
import dev.obsc.model.NotificationTemplate;
import dev.obsc.model.Receiver;
import dev.obsc.model.Secret;
import dev.obsc.model.TimeInterval;
import dev.obsc.model.TimeRange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Receivers, the routing tree, inhibitions, time intervals and notification templates. */
public final class AlertmanagerBuilder {
    private String resolveTimeout = "5m";
    private String smtpSmarthost;
    private String smtpFrom;
    private String smtpAuthUsername;
    private Secret smtpAuthPassword;
    private boolean smtpRequireTls = true;
    private Secret slackApiUrl;
    private final List<Receiver> receivers = new ArrayList<>();
    private RouteBuilder root;
    private final List<InhibitRule> inhibitRules = new ArrayList<>();
    private final List<TimeInterval> timeIntervals = new ArrayList<>();
    private final List<NotificationTemplate> templates = new ArrayList<>();

    AlertmanagerBuilder() {
    }

    public AlertmanagerBuilder resolveTimeout(String duration) {
        this.resolveTimeout = duration;
        return this;
    }

    public AlertmanagerBuilder smtp(String smarthost, String from, String username, Secret password) {
        this.smtpSmarthost = smarthost;
        this.smtpFrom = from;
        this.smtpAuthUsername = username;
        this.smtpAuthPassword = password;
        return this;
    }

    public AlertmanagerBuilder smtpRequireTls(boolean required) {
        this.smtpRequireTls = required;
        return this;
    }

    /** The default Slack incoming-webhook URL, read from a file at deploy time. */
    public AlertmanagerBuilder slackApiUrl(Secret webhookUrl) {
        this.slackApiUrl = webhookUrl;
        return this;
    }

    public ReceiverRef receiver(String name, Consumer<ReceiverBuilder> spec) {
        ReceiverBuilder builder = new ReceiverBuilder();
        spec.accept(builder);
        receivers.add(new Receiver(name, builder.integrations(), Positions.caller()));
        return new ReceiverRef(name);
    }

    /** A receiver that only records (no integrations), e.g. a catch-all that must never be reached. */
    public ReceiverRef nullReceiver(String name) {
        receivers.add(new Receiver(name, List.of(), Positions.caller()));
        return new ReceiverRef(name);
    }

    /** The root of the routing tree: it must name the default receiver and matches every alert. */
    public void route(Consumer<RouteBuilder> spec) {
        RouteBuilder builder = new RouteBuilder(Positions.caller());
        spec.accept(builder);
        this.root = builder;
    }

    /** While an alert matching {@code source} fires, mute alerts matching {@code target} that share {@code equal}. */
    public void inhibit(List<Matcher> source, List<Matcher> target, Label... equal) {
        inhibitRules.add(new InhibitRule(source, target, List.of(equal).stream().map(Label::name).toList(),
                Positions.caller()));
    }

    @SafeVarargs
    public final TimeIntervalRef timeInterval(String name, Consumer<TimeIntervalBuilder>... ranges) {
        List<TimeRange> built = new ArrayList<>();
        for (Consumer<TimeIntervalBuilder> range : ranges) {
            TimeIntervalBuilder builder = new TimeIntervalBuilder();
            range.accept(builder);
            built.add(builder.build());
        }
        timeIntervals.add(new TimeInterval(name, built, Positions.caller()));
        return new TimeIntervalRef(name);
    }

    /** A notification template file ({@code define} blocks), emitted as {@code templates/<name>.tmpl}. */
    public void template(String name, String body) {
        templates.add(new NotificationTemplate(name, body, Positions.caller()));
    }

    AlertmanagerModel build() {
        AlertmanagerGlobal global = new AlertmanagerGlobal(resolveTimeout, Optional.ofNullable(smtpSmarthost),
                Optional.ofNullable(smtpFrom), Optional.ofNullable(smtpAuthUsername),
                Optional.ofNullable(smtpAuthPassword), smtpRequireTls, Optional.ofNullable(slackApiUrl));
        RouteBuilder rootRoute = root == null ? new RouteBuilder(Positions.caller()) : root;
        return new AlertmanagerModel(global, receivers, rootRoute.build(), inhibitRules, timeIntervals, templates);
    }
}
