package dev.obsc.compiler.analysis;

import dev.obsc.compiler.diagnostics.Diagnostic;
import dev.obsc.compiler.diagnostics.Diagnostics;
import dev.obsc.dsl.EnvironmentBuilder;
import dev.obsc.dsl.Expr;
import dev.obsc.dsl.Monitoring;
import dev.obsc.dsl.ServiceRef;
import dev.obsc.model.AlertmanagerModel;
import dev.obsc.model.Environment;
import dev.obsc.model.MonitoringModel;
import dev.obsc.model.PagerDutyConfig;
import dev.obsc.model.Secret;
import dev.obsc.model.ServiceRole;
import dev.obsc.model.Severity;
import dev.obsc.model.WebhookConfig;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stack checks fire on their bad case, name the environment, and stay silent on the good one. */
class StackChecksTest {

    /** A stack with an app and a Pushgateway, an alert on the app's job, one pager; {@code env} shapes "dev". */
    private static MonitoringModel model(Consumer<EnvironmentBuilder> env, boolean honorLabels) {
        Monitoring m = new Monitoring("stack test").scrapeInterval("15s");
        m.gauge("up", "1 when the target was scraped.", dev.obsc.dsl.Label.of("job"));
        m.alerts("g", "30s").alert("AppDown").expr(Expr.raw("up{job=\"app\"} == 0")).pendingFor("1m")
                .severity(Severity.CRITICAL).owner("team", "app").summary("down").description("down")
                .runbook("https://runbooks.example/AppDown");
        var pager = m.alertmanager().receiver("pager", r -> r.pagerDuty(new Secret("/run/secrets/pd"))
                .webhook("https://hooks.example/team"));
        m.alertmanager().route(root -> root.receiver(pager).groupBy("alertname"));
        var stack = m.stack();
        ServiceRef app = stack.application("app", s -> s.internalPort("metrics", 8080));
        ServiceRef gateway = stack.service("pushgateway", ServiceRole.PUSHGATEWAY, "prom/pushgateway:v1.9.0",
                s -> s.port("web", 9091));
        stack.scrape("app", app.port("metrics"));
        var push = stack.scrape("pushgateway", gateway.port("web"));
        if (honorLabels) {
            push.honorLabels();
        }
        stack.environment("prod", e -> e.scrapeInterval("15s"));
        stack.environment("dev", env);
        return m.build();
    }

    private static List<Diagnostic> check(MonitoringModel model) {
        Diagnostics out = new Diagnostics();
        Analyzer.analyze(model, out);
        return out.sorted();
    }

    private static List<String> codes(MonitoringModel model) {
        return check(model).stream().map(Diagnostic::code).toList();
    }

    @Test
    void aGoodStackHasNoFindings() {
        assertEquals(List.of(), codes(model(e -> e.receiversTo("http://localhost:5001/").neverPages(), true)));
    }

    @Test
    void aJobOnlyPushedMetricsCanCarryIsAWarningWhereAPushgatewayKeepsPushedLabels() {
        Monitoring m = new Monitoring("stack test").scrapeInterval("15s");
        m.gauge("push_time_seconds", "Last push.", dev.obsc.dsl.Label.of("job"));
        m.alerts("g", "30s").alert("ImportStale").expr(Expr.raw("time() - push_time_seconds{job=\"nightly-import\"} > 86400"))
                .severity(Severity.WARNING).owner("team", "batch").summary("stale").description("stale")
                .runbook("https://runbooks.example/ImportStale");
        var pager = m.alertmanager().receiver("pager", r -> r.webhook("https://hooks.example/team"));
        m.alertmanager().route(root -> root.receiver(pager).groupBy("alertname"));
        ServiceRef gateway = m.stack().service("pushgateway", ServiceRole.PUSHGATEWAY, "prom/pushgateway:v1.9.0",
                s -> s.port("web", 9091));
        var push = m.stack().scrape("pushgateway", gateway.port("web"));
        m.stack().environment("dev", e -> e.receiversTo("http://localhost:5001/").neverPages());
        assertEquals(List.of("STACK001", "STACK010"), codes(m.build()).stream().filter(c -> c.startsWith("STACK")).toList(),
                "without honor_labels (STACK010) the pushed job label is overwritten: nothing can carry job=nightly-import");
        push.honorLabels();
        List<Diagnostic> found = check(m.build()).stream().filter(d -> d.code().startsWith("STACK")).toList();
        assertEquals(List.of("STACK016"), found.stream().map(Diagnostic::code).toList());
        assertTrue(found.get(0).message().contains("[pushgateway]"), found.get(0).message());
    }

    @Test
    void anExternalLabelNamedLikeACredentialIsReportedAtItsEnvironment() {
        List<Diagnostic> found = check(model(e -> e.receiversTo("http://localhost:5001/").neverPages()
                .externalLabel("cluster_token", "abc"), true));
        assertEquals(List.of("SECRET003"), found.stream().map(Diagnostic::code).toList());
        assertTrue(found.get(0).message().contains("environment 'dev'"), found.get(0).message());
        assertTrue(found.get(0).position().file().endsWith("StackChecksTest.java"), found.get(0).position().toString());
    }

    @Test
    void aStackWithoutEnvironmentsSaysNothingOfItIsGenerated() {
        Monitoring m = new Monitoring("stack test");
        m.stack().service("pushgateway", ServiceRole.PUSHGATEWAY, "prom/pushgateway:v1.9.0", s -> s.port("web", 9091));
        List<Diagnostic> found = check(m.build()).stream().filter(d -> d.code().startsWith("STACK")).toList();
        assertEquals(List.of("STACK015"), found.stream().map(Diagnostic::code).toList());
        assertTrue(found.get(0).position().file().endsWith("StackChecksTest.java"), found.get(0).position().toString());
        assertEquals(List.of(), codes(new Monitoring("no stack").build()).stream().filter(c -> c.startsWith("STACK")).toList(),
                "no stack, nothing to say");
    }

    @Test
    void anEnvironmentLeavingOutAServiceAnAlertSelectsIsNamed() {
        MonitoringModel model = model(e -> e.without(new ServiceRef("app")), true);
        List<Diagnostic> found = check(model);
        assertEquals(List.of("STACK001"), found.stream().map(Diagnostic::code).toList());
        assertTrue(found.get(0).message().contains("environment dev"), found.get(0).message());
        assertTrue(found.get(0).message().contains("AppDown"), found.get(0).message());
    }

    @Test
    void leavingOutAnUndeclaredServiceIsAnError() {
        assertEquals(List.of("STACK006"), codes(model(e -> e.without(new ServiceRef("ap")), true)));
    }

    @Test
    void anEnvironmentThatMustNotPageButDeliversToAPagerIsAnError() {
        assertEquals(List.of("STACK005"), codes(model(EnvironmentBuilder::neverPages, true)));
        assertEquals(List.of(), codes(model(e -> e.withoutPaging().neverPages(), true)));
    }

    @Test
    void aPushgatewayScrapedWithoutHonorLabelsIsAWarning() {
        List<Diagnostic> found = check(model(e -> { }, false));
        assertEquals(List.of("STACK010"), found.stream().map(Diagnostic::code).toList());
        assertTrue(!found.get(0).isError());
    }

    @Test
    void anEnvironmentScrapingSlowerThanTheQueriesAssumeIsAWarning() {
        List<Diagnostic> found = check(model(e -> e.scrapeInterval("1m"), true));
        assertEquals(List.of("STACK011"), found.stream().map(Diagnostic::code).toList());
        assertTrue(found.get(0).message().contains("'dev' scrapes every 1m"), found.get(0).message());
    }

    @Test
    void aDatasourceReadingFromALeftOutServiceIsAWarning() {
        MonitoringModel model = model(e -> e.without(new ServiceRef("pushgateway")), true);
        assertEquals(List.of(), codes(model));
        Monitoring m = new Monitoring("datasource test");
        m.grafana().datasource("loki", "Loki", dev.obsc.model.DatasourceType.LOKI, "http://loki:3100", false);
        var loki = m.stack().service("loki", ServiceRole.LOKI, "grafana/loki:3.1.1", s -> s.port("web", 3100));
        m.stack().environment("full", e -> { });
        m.stack().environment("small", e -> e.without(loki));
        // Only the stack's findings: this model declares no routing.
        List<Diagnostic> found = check(m.build()).stream().filter(d -> d.code().startsWith("STACK")).toList();
        assertEquals(List.of("STACK012"), found.stream().map(Diagnostic::code).toList());
        assertTrue(found.get(0).message().contains("'small' leaves out 'loki'"), found.get(0).message());
    }

    @Test
    void aPortOnTheDockerHostThatAServiceAlsoPublishesIsAnError() {
        List<Diagnostic> webhook = check(model(e -> e.receiversTo("http://host.docker.internal:9091/").neverPages()
                .withoutPaging(), true));
        assertEquals(List.of("STACK003"), webhook.stream().map(Diagnostic::code).toList());
        assertTrue(webhook.get(0).message().contains("the local webhook listens on port 9091"),
                webhook.get(0).message());

        Monitoring m = new Monitoring("host ports");
        var app = m.stack().application("app", s -> s.internalPort("metrics", 3000));
        var grafana = m.stack().service("grafana", ServiceRole.GRAFANA, "grafana/grafana:11.2.2",
                s -> s.port("web", 3000));
        m.stack().scrape("app", app.port("metrics"));
        m.stack().environment("laptop", e -> e.host(app, "host.docker.internal"));
        m.stack().environment("laptop-without-grafana", e -> e.host(app, "host.docker.internal").without(grafana));
        List<Diagnostic> found = check(m.build()).stream().filter(d -> d.code().startsWith("STACK")).toList();
        assertEquals(List.of("STACK003"), found.stream().map(Diagnostic::code).toList());
        assertTrue(found.get(0).message().contains("'laptop', 'app' listens on port 3000"), found.get(0).message());
    }

    @Test
    void replicasOnComposeAreAWarning() {
        assertEquals(List.of("STACK014"), codes(model(e -> e.replicas(2, 1), true)));
    }

    @Test
    void badDurationsAndSizesAreErrors() {
        assertEquals(List.of("DUR001", "STACK013"), codes(model(e -> e.retention("a week", "big"), true)));
    }

    @Test
    void receiverPoliciesKeepEveryReceiverNameAndChangeOnlyTheIntegrations() {
        MonitoringModel model = model(e -> { }, true);
        AlertmanagerModel declared = model.alertmanager();
        Environment prod = model.stack().environments().get(0);
        assertEquals(declared, EnvironmentReceivers.apply(declared, prod));

        MonitoringModel quiet = model(e -> e.withoutPaging(), true);
        var withoutPaging = EnvironmentReceivers.apply(declared, quiet.stack().environments().get(1));
        assertEquals(List.of(WebhookConfig.class), withoutPaging.receivers().get(0).integrations().stream()
                .map(Object::getClass).toList());
        assertEquals(declared.root(), withoutPaging.root());

        MonitoringModel local = model(e -> e.receiversTo("http://localhost:5001/"), true);
        var redirected = EnvironmentReceivers.apply(declared, local.stack().environments().get(1));
        assertEquals(List.of(new WebhookConfig("http://localhost:5001/", true, 0)),
                redirected.receivers().get(0).integrations());
        assertTrue(declared.receivers().get(0).integrations().stream().anyMatch(i -> i instanceof PagerDutyConfig));
        assertEquals(declared.receivers().stream().map(r -> r.name()).toList(),
                redirected.receivers().stream().map(r -> r.name()).toList());
    }
}
