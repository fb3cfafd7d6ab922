package dev.tta.monitoring;

import dev.obsc.dsl.AlertmanagerBuilder;
import dev.obsc.dsl.Label;
import dev.obsc.dsl.ReceiverRef;
import dev.obsc.dsl.TimeIntervalRef;
import dev.obsc.model.Secret;
import dev.obsc.model.SloSeries;

import java.util.List;

import static dev.tta.monitoring.Catalog.ALERTNAME;
import static dev.tta.monitoring.Catalog.JOB;
import static dev.tta.monitoring.Catalog.SERVICE;
import static dev.tta.monitoring.Catalog.SEVERITY;
import static dev.tta.monitoring.Catalog.TEAM;

/**
 * Alertmanager: who is notified of what, how often, and which alerts mute which.
 *
 * <pre>
 * root (default; group by alertname, service)
 * ├── severity=critical → critical, every 30m, continue  (so the owning team hears of it too)
 * ├── category=capacity → capacity-planning, every 12h, business hours only, continue
 * ├── team=platform     → platform-team, every 1h
 * ├── team=sre          → sre-team, every 2h             (SLO pages and tickets: team=sre)
 * └── severity=info     → product-team, every 24h, business hours only
 * </pre>
 */
public final class Routing {
    private static final Label CATEGORY = Label.of("category");
    private static final Label SLO = Label.of(SloSeries.SLO_LABEL);
    private static final Label SLO_PERIOD = Label.of(SloSeries.PERIOD_LABEL);
    private static final Label BURN_TIER = Label.of(SloSeries.TIER_LABEL);
    private static final String SECRETS = "/etc/alertmanager/secrets/";

    private Routing() {
    }

    /** Declares receivers, routes and inhibitions; returns the receivers dashboards refer to. */
    public static Receivers declare(AlertmanagerBuilder am) {
        am.resolveTimeout("5m")
                .smtp("smtp.tta.dev:587", "alertmanager@tta.dev", "alertmanager@tta.dev",
                        new Secret(SECRETS + "smtp_password"))
                .smtpRequireTls(true)
                .slackApiUrl(new Secret(SECRETS + "slack_webhook_url"));

        NotificationTemplates.declare(am);

        ReceiverRef fallback = am.receiver("default", r -> r
                .slack("#tta-alerts", NotificationTemplates.SLACK_TITLE, NotificationTemplates.SLACK_TEXT));
        ReceiverRef critical = am.receiver("critical", r -> r
                .email("critical-alerts@tta.dev", NotificationTemplates.EMAIL_SUBJECT, NotificationTemplates.EMAIL_HTML)
                .slack("#critical-alerts", NotificationTemplates.SLACK_TITLE, NotificationTemplates.SLACK_TEXT)
                .pagerDuty(new Secret(SECRETS + "pagerduty_routing_key")));
        ReceiverRef platform = am.receiver("platform-team", r -> r
                .email("platform-team@tta.dev", NotificationTemplates.EMAIL_SUBJECT, NotificationTemplates.EMAIL_HTML)
                .slack("#platform", NotificationTemplates.SLACK_TITLE, NotificationTemplates.SLACK_TEXT));
        ReceiverRef sre = am.receiver("sre-team", r -> r
                .email("sre-team@tta.dev", NotificationTemplates.EMAIL_SUBJECT, NotificationTemplates.EMAIL_HTML));
        ReceiverRef product = am.receiver("product-team", r -> r
                .email("product-team@tta.dev", NotificationTemplates.EMAIL_SUBJECT, NotificationTemplates.EMAIL_HTML));
        ReceiverRef capacity = am.receiver(Teams.CAPACITY_PLANNING, r -> r
                .email("capacity-planning@tta.dev", NotificationTemplates.EMAIL_SUBJECT, NotificationTemplates.EMAIL_HTML));

        TimeIntervalRef businessHours = am.timeInterval("business-hours", t -> t
                .weekdays("monday:friday")
                .times("09:00", "17:00"));

        am.route(root -> root
                .receiver(fallback)
                .groupBy(ALERTNAME, SERVICE)
                .groupWait("30s")
                .groupInterval("5m")
                .repeatInterval("4h")
                .route(route -> route
                        .matching(SEVERITY.eq("critical"))
                        .receiver(critical)
                        .groupWait("10s")
                        .groupInterval("1m")
                        .repeatInterval("30m")
                        .continueMatching())
                .route(route -> route
                        .matching(CATEGORY.eq(Teams.CATEGORY_CAPACITY))
                        .receiver(capacity)
                        .groupWait("5m")
                        .groupInterval("1h")
                        .repeatInterval("12h")
                        .activeDuring(businessHours)
                        .continueMatching())
                .route(route -> route
                        .matching(TEAM.eq(Teams.PLATFORM))
                        .receiver(platform)
                        .repeatInterval("1h"))
                .route(route -> route
                        .matching(TEAM.eq(Teams.SRE))
                        .receiver(sre)
                        .repeatInterval("2h"))
                .route(route -> route
                        .matching(SEVERITY.eq("info"))
                        .receiver(product)
                        .groupWait("5m")
                        .groupInterval("1h")
                        .repeatInterval("24h")
                        .activeDuring(businessHours)));

        // A service that is down explains its other alerts; equal on labels both sides carry:
        // service from owner(...), job kept by every TTA.dev alert expression. SLO no-data alerts
        // (absent() of every job's series) carry no job, so they cannot be compared and stay out.
        am.inhibit(List.of(ALERTNAME.eq(Alerts.SERVICE_DOWN)),
                List.of(SERVICE.eq(Teams.SERVICE_PRIMITIVES), ALERTNAME.ne(Alerts.SERVICE_DOWN),
                        ALERTNAME.notMatches(".+SloNoData")),
                SERVICE, JOB);
        // Failing executions explain cache misses: they mute the cache alerts and the cache SLO's
        // burn-rate tickets.
        am.inhibit(List.of(ALERTNAME.eq(Alerts.HIGH_ERROR_RATE)),
                List.of(ALERTNAME.matches(Alerts.LOW_CACHE_HIT_RATE + "|" + Alerts.MODERATE_LOW_CACHE_HIT_RATE)),
                SERVICE, JOB);
        am.inhibit(List.of(ALERTNAME.eq(Alerts.HIGH_ERROR_RATE)),
                List.of(SLO.eq(Slos.CACHE_PERFORMANCE), BURN_TIER.matches(".+")),
                SERVICE, JOB);
        // The critical cache alert supersedes the warning one.
        am.inhibit(List.of(ALERTNAME.eq(Alerts.LOW_CACHE_HIT_RATE)),
                List.of(ALERTNAME.eq(Alerts.MODERATE_LOW_CACHE_HIT_RATE)),
                SERVICE, JOB);
        // A page on an SLO's budget supersedes the tickets on the same budget.
        am.inhibit(List.of(BURN_TIER.matches("page_.*")),
                List.of(BURN_TIER.matches("ticket_.*")),
                SLO, SLO_PERIOD, JOB);
        return new Receivers(critical, capacity);
    }
}
