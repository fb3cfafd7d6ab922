package dev.obsc.compiler.analysis;

import dev.obsc.compiler.diagnostics.Diagnostic;
import dev.obsc.compiler.diagnostics.Diagnostics;
import dev.obsc.dsl.AlertBuilder;
import dev.obsc.dsl.Counter;
import dev.obsc.dsl.DashboardRef;
import dev.obsc.dsl.Expr;
import dev.obsc.dsl.Label;
import dev.obsc.dsl.Monitoring;
import dev.obsc.dsl.ReceiverRef;
import dev.obsc.dsl.TimeIntervalRef;
import dev.obsc.model.MonitoringModel;
import dev.obsc.model.PanelType;
import dev.obsc.model.Secret;
import dev.obsc.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each model check fires on its bad case, at the declaration's line, and stays silent on the good one. */
class AnalyzerTest {
    private static final Label JOB = Label.of("job");

    /** A valid model, changed by {@code mistake}; returns the codes of all diagnostics. */
    private static List<Diagnostic> analyze(Consumer<Fixture> mistake) {
        Fixture f = new Fixture();
        mistake.accept(f);
        Diagnostics out = new Diagnostics();
        Analyzer.analyze(f.m.build(), out);
        return out.sorted();
    }

    private static List<String> codes(Consumer<Fixture> mistake) {
        return analyze(mistake).stream().map(Diagnostic::code).toList();
    }

    /** One metric, one receiver, one alert: a valid starting point. */
    static final class Fixture {
        final Monitoring m = new Monitoring("test");
        final Counter requests = m.counter("shop_requests_total", "Requests.", JOB);
        final ReceiverRef team = m.alertmanager().receiver("team", r -> r.webhook("https://hooks.example/x"));

        Fixture() {
            m.alertmanager().route(root -> root.receiver(team));
        }

        private dev.obsc.dsl.AlertGroupBuilder alerts;

        AlertBuilder alert(String name) {
            if (alerts == null) {
                alerts = m.alerts("alerts", "30s");
            }
            return alerts.alert(name)
                    .expr(Expr.raw("sum by (job) (rate(shop_requests_total[5m])) > 1"))
                    .severity(Severity.WARNING).owner("shop", "checkout")
                    .summary("s").description("d").runbook("https://runbooks.example/x");
        }
    }

    @Test
    void validModelHasNoDiagnostics() {
        assertEquals(List.of(), codes(f -> f.alert("Fine")));
    }

    @Test
    void invalidDurationIsReportedAtTheAlert() {
        List<Diagnostic> diagnostics = analyze(f -> f.alert("Slow").pendingFor("5 minutes"));
        assertEquals(List.of("DUR001"), diagnostics.stream().map(Diagnostic::code).toList());
        assertTrue(diagnostics.get(0).position().file().endsWith("dev/obsc/compiler/analysis/AnalyzerTest.java"));
        assertTrue(diagnostics.get(0).position().line() > 0);
    }

    @Test
    void duplicateAlertIdentity() {
        assertEquals(List.of("ALERT002"), codes(f -> {
            f.alert("Twice");
            f.alert("Twice");
        }));
        assertEquals(List.of(), codes(f -> {
            f.alert("Twice");
            f.alert("Twice").label("tier", "second");
        }));
    }

    @Test
    void alertWithoutOwnerOrRunbook() {
        List<String> codes = codes(f -> f.m.alerts("g", "30s").alert("Bare")
                .expr(Expr.raw("up == 0")).summary("s").description("d"));
        assertTrue(codes.containsAll(List.of("ALERT004", "ALERT008")), codes.toString());
    }

    /** A runbook may name the firing alert's label (shared SLO alerts do); the rest must still be an http(s) URL. */
    @Test
    void aRunbookUrlMayHoldTemplateActions() {
        assertTrue(AlertChecks.isHttpUrl("https://runbooks.example/slo/{{ $labels.slo }}"));
        assertTrue(AlertChecks.isHttpUrl("https://runbooks.example/{{ $labels.team }}/{{ $labels.slo }}.md"));
        assertFalse(AlertChecks.isHttpUrl("{{ $labels.runbook }}"));
        assertFalse(AlertChecks.isHttpUrl("runbooks/{{ $labels.slo }}"));
    }

    @Test
    void labelOrAnnotationNamedLikeACredential() {
        assertEquals(List.of("SECRET003", "SECRET003"), codes(f -> f.alert("Leaky")
                .label("routing_key", "abc").annotation("api_key", "xyz")));
        assertEquals(List.of(), codes(f -> f.alert("Fine").label("routing", "abc")));
    }

    @Test
    void rulesAreCheckedAfterTheRulesTheyReadMatchedByStaticLabels() {
        // b:x reads a:x{slo="one"}; the a:x with slo="two" reads b:x. By name alone b:x would depend on
        // both a:x rules, one of which depends on b:x: the search would check "two" first, before b:x
        // exists, and report b:x unknown. By the static slo label b:x depends on "one" only.
        List<String> codes = codes(f -> {
            var g = f.m.recordingRules("r", "1m");
            g.record("slo:b:x", Expr.raw("slo:a:x{slo=\"one\"} * 2"));
            g.record("slo:a:x", Expr.raw("slo:b:x * 2"), Map.of("slo", "two"));
            g.record("slo:a:x", Expr.raw("sum(rate(shop_requests_total[5m]))"), Map.of("slo", "one"));
        });
        assertEquals(List.of(), codes.stream().filter(c -> c.startsWith("PROMQL")).toList(), codes.toString());
        // Reading a:x without the label may read either rule's series: a real cycle, reported as an unknown series.
        List<String> cyclic = codes(f -> {
            var g = f.m.recordingRules("r", "1m");
            g.record("slo:b:x", Expr.raw("slo:a:x * 2"));
            g.record("slo:a:x", Expr.raw("slo:b:x * 2"), Map.of("slo", "two"));
            g.record("slo:a:x", Expr.raw("sum(rate(shop_requests_total[5m]))"), Map.of("slo", "one"));
        });
        assertTrue(cyclic.stream().anyMatch(c -> c.startsWith("PROMQL")), cyclic.toString());
    }

    @Test
    void reservedLabelSetByHand() {
        assertEquals(List.of("ALERT005"), codes(f -> f.alert("Sneaky").label("severity", "critical")));
    }

    @Test
    void dashboardLinkToUndeclaredDashboardOrPanel() {
        DashboardRef overview = DashboardRef.of("overview");
        assertEquals(List.of("ALERT009"), codes(f -> f.alert("Linked").dashboard(overview)));
        assertEquals(List.of("ALERT010"), codes(f -> {
            f.m.grafana().datasource("prom", "Prometheus", dev.obsc.model.DatasourceType.PROMETHEUS,
                    "http://prometheus:9090", true);
            f.m.grafana().dashboard(overview, "Overview", d -> d.row("r", r -> r.text("About", "text")));
            f.alert("Linked").dashboard(overview.panel("errors"));
        }));
        assertEquals(List.of(), codes(f -> {
            f.m.grafana().datasource("prom", "Prometheus", dev.obsc.model.DatasourceType.PROMETHEUS,
                    "http://prometheus:9090", true);
            f.m.grafana().dashboard(overview, "Overview", d -> d.row("r", r -> r
                    .panel(overview.panel("errors"), PanelType.TEXT, "Errors", p -> p.content("x"))));
            f.alert("Linked").dashboard(overview.panel("errors"));
        }));
    }

    @Test
    void routeToUndeclaredReceiverAndTimeInterval() {
        // With no alert declared, the new route is also unreachable.
        assertEquals(List.of("AM007", "ROUTE001"), codes(f -> f.m.alertmanager().route(root -> root.receiver(f.team)
                .route(r -> r.receiver(new ReceiverRef("nobody"))))));
        assertEquals(List.of("AM008", "ROUTE001"), codes(f -> f.m.alertmanager().route(root -> root.receiver(f.team)
                .route(r -> r.muteDuring(new TimeIntervalRef("weekends"))))));
    }

    @Test
    void emailWithoutSmtpAndSlackWithoutWebhook() {
        assertEquals(List.of("AM013", "AM014", "ROUTE005"), codes(f -> f.m.alertmanager()
                .receiver("mail", r -> r.email("ops@example.com").slack("#ops"))));
        assertEquals(List.of("ROUTE005"), codes(f -> f.m.alertmanager()
                .smtp("smtp.example.com:587", "am@example.com", "am", new Secret("/run/secrets/smtp"))
                .slackApiUrl(new Secret("/run/secrets/slack"))
                .receiver("mail", r -> r.email("ops@example.com").slack("#ops"))));
    }

    @Test
    void badMatcherRegexAndTimes() {
        assertEquals(List.of("AM009", "ROUTE001"), codes(f -> f.m.alertmanager().route(root -> root.receiver(f.team)
                .route(r -> r.matching(JOB.matches("(unclosed"))))));
        assertEquals(List.of("AM012", "ROUTE009"), codes(f -> f.m.alertmanager().timeInterval("night",
                t -> t.times("22:00", "06:00"))));
    }

    @Test
    void catalogMistakes() {
        assertEquals(List.of("CAT002"), codes(f -> f.m.counter("shop_requests_total", "Again.", JOB)));
        assertEquals(List.of("CAT008"), codes(f -> f.m.histogram("shop_latency_seconds", "Latency.",
                List.of("0.5", "0.1"), JOB)));
        assertEquals(List.of("CAT001"), codes(f -> f.m.gauge("shop-temperature", "Dash in name.", JOB)));
    }

    @Test
    void recordingRuleNamesAndDuplicates() {
        assertEquals(List.of("RULE004"), codes(f -> f.m.recordingRules("r", "1m")
                .record("shop_requests_rate", Expr.raw("sum(rate(shop_requests_total[5m]))"))));
        assertEquals(List.of("RULE005"), codes(f -> {
            var g = f.m.recordingRules("r", "1m");
            g.record("job:shop_requests:rate5m", Expr.raw("sum by (job) (rate(shop_requests_total[5m]))"));
            g.record("job:shop_requests:rate5m", Expr.raw("sum by (job) (rate(shop_requests_total[1m]))"));
        }));
        assertEquals(List.of("RULE002"), codes(f -> {
            f.m.recordingRules("same", "1m");
            f.m.recordingRules("same", "1m");
        }));
    }

    @Test
    void syntaxErrorShowsACaretUnderTheProblem() {
        List<Diagnostic> diagnostics = analyze(f -> f.alert("Broken").expr(Expr.raw("sum(rate(x[5m]) > 1")));
        assertEquals(List.of("PROMQL001"), diagnostics.stream().map(Diagnostic::code).toList());
        String message = diagnostics.get(0).message();
        assertTrue(message.contains("    sum(rate(x[5m]) > 1\n    "), message);
        assertTrue(message.contains("^"), message);
    }

    @Test
    void labelsInTemplatesMustBeKeptByTheExpression() {
        assertEquals(List.of("ALERT011"), codes(f -> f.alert("Templated").summary("{{ $labels.route }} is slow")));
        assertEquals(List.of(), codes(f -> f.alert("Templated").summary("{{ $labels.job }} is slow")));
        // A label the rule itself sets is there too.
        assertEquals(List.of(), codes(f -> f.alert("Templated").label("tier", "1")
                .summary("tier {{ $labels.tier }} is slow")));
    }

    @Test
    void valueInALabelIsAnError() {
        assertEquals(List.of("ALERT012"), codes(f -> f.alert("Jumpy").label("level", "{{ $value }}")));
    }

    @Test
    void absentWithoutPendingPeriodWarns() {
        assertEquals(List.of("ALERT013"), codes(f -> f.alert("Gone")
                .expr(Expr.raw("absent(shop_requests_total{job=\"shop\"})"))));
        assertEquals(List.of(), codes(f -> f.alert("Gone")
                .expr(Expr.raw("absent(shop_requests_total{job=\"shop\"})")).pendingFor("10m")));
    }

    @Test
    void queriesAreCheckedAgainstTheCatalogAndRecordedSeries() {
        assertEquals(List.of("PROMQL002"), codes(f -> f.alert("Typo")
                .expr(Expr.raw("sum by (job) (rate(shop_request_total[5m])) > 1"))));
        assertEquals(List.of("PROMQL003"), codes(f -> f.alert("NoSuchLabel")
                .expr(Expr.raw("sum by (region) (rate(shop_requests_total[5m])) > 1"))));
        // A recorded series carries the labels its expression keeps, whatever the declaration order.
        assertEquals(List.of("PROMQL003"), codes(f -> {
            f.alert("OnRecorded").expr(Expr.raw("job:shop_requests:rate5m{route=\"/\"} > 1"));
            f.m.recordingRules("r", "1m").record("job:shop_requests:rate5m",
                    Expr.raw("sum by (job) (rate(shop_requests_total[5m]))"));
        }));
    }

    @Test
    void rangesShorterThanFourScrapesWarn() {
        assertEquals(List.of("PROMQL010"), codes(f -> {
            f.m.scrapeInterval("30s");
            f.alert("Twitchy").expr(Expr.raw("sum by (job) (rate(shop_requests_total[1m])) > 1"));
        }));
    }

    @Test
    void recordingRuleFilteringWithAComparisonIsAnError() {
        assertEquals(List.of("PROMQL011"), codes(f -> f.m.recordingRules("r", "1m").record("job:shop_healthy:bool",
                Expr.raw("sum by (job) (rate(shop_requests_total[5m])) >= 1"))));
    }

    @Test
    void aSuppressedWarningIsAcceptedWithItsReason() {
        Fixture f = new Fixture();
        f.m.recordingRules("r", "1m").recordAccepting("RULE004", "name kept for existing dashboards",
                "shop_requests_rate", Expr.raw("sum(rate(shop_requests_total[5m]))"));
        Diagnostics out = new Diagnostics();
        Analysis analysis = Analyzer.analyze(f.m.build(), out);
        assertEquals(List.of(), out.sorted());
        assertEquals(1, analysis.acceptedWarnings().size());
        assertEquals("RULE004", analysis.acceptedWarnings().get(0).warning().code());
        assertEquals("name kept for existing dashboards", analysis.acceptedWarnings().get(0).suppression().reason());
    }

    @Test
    void errorsCannotBeSuppressedAndUnusedSuppressionsAreReported() {
        assertEquals(List.of("ALERT005", "SUP001"), codes(f -> f.alert("Sneaky").label("severity", "critical")
                .suppress("ALERT005", "we know better")));
        assertEquals(List.of("SUP002"), codes(f -> f.alert("Clean").suppress("PROMQL007", "stale")));
    }

    @Test
    void templateMistakesAreFoundBeforeAmtoolSeesThem() {
        assertEquals(List.of("TMPL001"), codes(f -> f.m.alertmanager().template("shop",
                "{{ define \"shop.title\" }}{{ .CommonLabels.alertname }{{ end }}")));
        assertEquals(List.of("TMPL002"), codes(f -> f.m.alertmanager().template("shop",
                "{{ define \"shop.title\" }}{{ if .Alerts }}firing{{ end }}")));
        assertEquals(List.of("ROUTE005", "TMPL003"), codes(f -> f.m.alertmanager()
                .slackApiUrl(new Secret("/run/secrets/slack"))
                .receiver("chat", r -> r.slack("#ops", "{{ template \"shop.tilte\" . }}", "{{ template \"slack.default.text\" . }}"))));
        assertEquals(List.of("ROUTE005"), codes(f -> {
            f.m.alertmanager().template("shop", "{{ define \"shop.title\" }}{{ if .Alerts }}firing{{ end }}{{ end }}");
            f.m.alertmanager().slackApiUrl(new Secret("/run/secrets/slack"))
                    .receiver("chat", r -> r.slack("#ops", "{{ template \"shop.title\" . }}", "text"));
        }));
    }

    @Test
    void secretsNeverInline() {
        assertEquals(List.of("ROUTE005", "SECRET001"), codes(f -> f.m.alertmanager()
                .receiver("hook", r -> r.webhook("https://hooks.slack.com/services/T000/B000/XXXXXXXX"))));
        assertEquals(List.of("ROUTE005", "SECRET001"), codes(f -> f.m.alertmanager()
                .receiver("hook", r -> r.webhook("https://alert:hunter2@hooks.example/x"))));
        assertEquals(List.of("ROUTE005", "SECRET002"), codes(f -> f.m.alertmanager()
                .receiver("pager", r -> r.pagerDuty(new Secret("secrets/pagerduty")))));
    }

    @Test
    void dashboardLayoutAndVariableMistakes() {
        DashboardRef ref = DashboardRef.of("d");
        Consumer<Fixture> datasource = f -> f.m.grafana().datasource("prom", "Prometheus",
                dev.obsc.model.DatasourceType.PROMETHEUS, "http://prometheus:9090", true);
        assertEquals(List.of("GRAF024"), codes(f -> {
            datasource.accept(f);
            f.m.grafana().dashboard(ref, "D", d -> d.row("Titled", r -> r.text("a", "x")).panels(r -> r.text("b", "y")));
        }));
        assertEquals(List.of("GRAF025"), codes(f -> {
            datasource.accept(f);
            f.m.grafana().dashboard(ref, "D", d -> d.refresh("1s").panels(r -> r.text("a", "x")));
        }));
        assertEquals(List.of("GRAF026"), codes(f -> {
            datasource.accept(f);
            f.m.grafana().dashboard(ref, "D", d -> d.customVariable("empty", "Empty").panels(r -> r.text("a", "x")));
        }));
        assertEquals(List.of("GRAF027"), codes(f -> {
            datasource.accept(f);
            f.m.grafana().dashboard(ref, "D", d -> d.panels(r -> r.text("a", " ")));
        }));
        assertEquals(List.of("GRAF033"), codes(f -> {
            datasource.accept(f);
            f.m.grafana().dashboard(ref, "D", d -> d.panels(r -> r.heatmap("Requests",
                    p -> p.query(dev.obsc.dsl.PromQL.sum(dev.obsc.dsl.PromQL.rate(f.requests.all().over("5m"))).by(JOB)))));
        }));
        assertEquals(List.of("GRAF017"), codes(f -> {
            datasource.accept(f);
            f.m.grafana().dashboard(ref, "D", d -> d.panels(r -> r.timeseries("t",
                    p -> p.query(dev.obsc.dsl.PromQL.rate(f.requests.all().over("5m")), "{{job}} in $region"))));
        }));
    }

    @Test
    void aChainedVariableMustComeAfterTheVariableItUses() {
        DashboardRef ref = DashboardRef.of("d");
        dev.obsc.dsl.DatasourceRef prom = new dev.obsc.dsl.DatasourceRef("prom");
        Label instance = Label.of("instance");
        BiConsumer<Fixture, Boolean> chained = (f, regionFirst) -> {
            f.m.grafana().datasource("prom", "Prometheus", dev.obsc.model.DatasourceType.PROMETHEUS,
                    "http://prometheus:9090", true);
            f.m.grafana().dashboard(ref, "D", d -> {
                if (regionFirst) {
                    d.customVariable("region", "Region", "eu", "us");
                }
                d.labelValuesVariable("instance", "Instance", prom, "up{region=~\"$region\"}", instance, false);
                if (!regionFirst) {
                    d.customVariable("region", "Region", "eu", "us");
                }
                d.panels(r -> r.text("Instances of $region", "x"));
            });
        };
        assertEquals(List.of(), codes(f -> chained.accept(f, true)));
        List<Diagnostic> found = analyze(f -> chained.accept(f, false));
        assertEquals(List.of("GRAF010"), found.stream().map(Diagnostic::code).toList());
        assertTrue(found.get(0).message().contains("'instance'") && found.get(0).message().contains("$region"),
                found.get(0).message());
        assertTrue(found.get(0).position().file().endsWith("dev/obsc/compiler/analysis/AnalyzerTest.java"));
    }

    @Test
    void aPanelTitleMayOnlyUseDefinedVariables() {
        DashboardRef ref = DashboardRef.of("d");
        BiConsumer<Fixture, String> titled = (f, title) -> f.m.grafana().dashboard(ref, "D", d -> d
                .customVariable("region", "Region", "eu", "us")
                .panels(r -> r.text(title, "x")));
        assertEquals(List.of(), codes(f -> titled.accept(f, "Errors in ${region}")));
        List<Diagnostic> found = analyze(f -> titled.accept(f, "Errors in $zone"));
        assertEquals(List.of("GRAF013"), found.stream().map(Diagnostic::code).toList());
        assertTrue(found.get(0).message().contains("$zone") && found.get(0).message().contains("'Errors in $zone'"),
                found.get(0).message());
        assertTrue(found.get(0).position().file().endsWith("dev/obsc/compiler/analysis/AnalyzerTest.java"));
    }

    @Test
    void aLogsQueryMaySelectStreamsOnlyByTheLabelsItsLokiDatasourceDeclares() {
        DashboardRef ref = DashboardRef.of("d");
        BiConsumer<Fixture, String> logs = (f, logql) -> {
            dev.obsc.dsl.DatasourceRef loki = f.m.grafana().datasource("loki", "Loki",
                    dev.obsc.model.DatasourceType.LOKI, "http://loki:3100", false);
            f.m.grafana().streamLabels(loki, "service_name", "deployment_environment");
            f.m.grafana().dashboard(ref, "D", d -> d.panels(r -> r.logs("Errors", p -> p.logs(logql))));
        };
        assertEquals(List.of(), codes(f -> logs.accept(f,
                "{service_name=\"shop\", deployment_environment=~`prod|staging`} |= \"error\" | job=\"x\"")));
        List<Diagnostic> found = analyze(f -> logs.accept(f, "{service_name=\"shop\", job=\"api\"} |= \"error\""));
        assertEquals(List.of("GRAF035"), found.stream().map(Diagnostic::code).toList());
        assertTrue(found.get(0).message().contains("'job'") && found.get(0).message().contains("service_name"),
                found.get(0).message());
        assertTrue(found.get(0).position().file().endsWith("dev/obsc/compiler/analysis/AnalyzerTest.java"));
        // Without declared labels, selectors are not checked.
        assertEquals(List.of(), codes(f -> {
            dev.obsc.dsl.DatasourceRef loki = f.m.grafana().datasource("loki", "Loki",
                    dev.obsc.model.DatasourceType.LOKI, "http://loki:3100", false);
            f.m.grafana().dashboard(ref, "D", d -> d.panels(r -> r.logs("Errors", p -> p.datasource(loki)
                    .logs("{job=\"api\"}"))));
        }));
        assertEquals(List.of("GRAF036"), codes(f -> f.m.grafana().streamLabels(f.m.grafana().datasource("prom",
                "Prometheus", dev.obsc.model.DatasourceType.PROMETHEUS, "http://prometheus:9090", true), "job")));
    }

    @Test
    void activeAlertTablesMustBeAbleToShowADeclaredAlert() {
        Label severity = Label.of("severity");
        assertEquals(List.of(), codes(f -> alertsTable(f, p -> p.activeAlerts(f.team, severity.eq("warning")))));
        assertEquals(List.of(), codes(f -> alertsTable(f, p -> p.activeAlerts(severity.matches("$severity")))));
        assertEquals(List.of("GRAF028"), codes(f -> alertsTable(f, p -> p.activeAlerts(severity.matches("warning,critical")))));
        assertEquals(List.of("GRAF029"), codes(f -> alertsTable(f, p -> p.activeAlerts(new ReceiverRef("nobody")))));
        List<Diagnostic> neverShown = analyze(f -> alertsTable(f, p -> p.activeAlerts(severity.eq("critical"))));
        assertEquals(List.of("GRAF030"), neverShown.stream().map(Diagnostic::code).toList());
        assertTrue(neverShown.get(0).position().file().endsWith("AnalyzerTest.java"));
        assertTrue(neverShown.get(0).message().contains("severity=\"critical\""), neverShown.get(0).message());
        // Only the plugin datasource answers panel queries; Grafana's built-in one serves its Alerting pages.
        assertEquals(List.of("GRAF016"), codes(f -> alertsTable(f, p -> p.activeAlerts().datasource(
                f.m.grafana().datasource("builtin", "AM", dev.obsc.model.DatasourceType.ALERTMANAGER,
                        "http://alertmanager:9093", false)))));
        assertEquals(List.of("GRAF020"), codes(f -> {
            alertsTable(f, p -> p.activeAlerts());
            f.m.grafana().dashboard(DashboardRef.of("stat"), "S", d -> d.panels(r -> r.stat("Alerts", p -> p.activeAlerts())));
        }));
    }

    @Test
    void typedLinksMustReachADeclaredDashboardAndPanel() {
        DashboardRef shop = DashboardRef.of("shop");
        Consumer<Fixture> declared = f -> f.m.grafana().dashboard(shop, "Shop", d -> d
                .panels(r -> r.panel(shop.panel("about"), PanelType.TEXT, "About", p -> p.content("x"))));
        assertEquals(List.of(), codes(f -> {
            declared.accept(f);
            f.m.grafana().dashboard(DashboardRef.of("home"), "Home", d -> d.link("Shop", shop)
                    .panels(r -> r.text("Welcome", "x").text("More", "y")));
        }));
        List<Diagnostic> broken = analyze(f -> {
            declared.accept(f);
            f.m.grafana().dashboard(DashboardRef.of("home"), "Home", d -> d
                    .link("Nowhere", DashboardRef.of("nowhere"))
                    .link("Missing panel", shop.panel("missing"))
                    .panels(r -> r.panel(DashboardRef.of("home").panel("welcome"), PanelType.TEXT, "Welcome",
                            p -> p.content("x").link("Gone", DashboardRef.of("gone").panel("x")))));
        });
        assertEquals(List.of("GRAF031", "GRAF032", "GRAF031"), broken.stream().map(Diagnostic::code).toList());
        assertTrue(broken.stream().allMatch(d -> d.position().file().endsWith("AnalyzerTest.java")
                && d.position().line() > 0));
        assertTrue(broken.get(1).message().contains("'missing'"), broken.get(1).message());
    }

    /** Declares dashboard {@code ref} with a variable {@code job} and a panel keyed {@code about}. */
    private static Consumer<Fixture> withJobVariable(DashboardRef ref) {
        return f -> f.m.grafana().dashboard(ref, "Shop", d -> d
                .customVariable("job", "Job", "api", "web")
                .panels(r -> r.panel(ref.panel("about"), PanelType.TEXT, "About", p -> p.content("x"))));
    }

    @Test
    void dashboardAndPanelLinksSetOnlyVariablesTheTargetDefines() {
        DashboardRef shop = DashboardRef.of("shop");
        Consumer<Fixture> declared = withJobVariable(shop);
        assertEquals(List.of(), codes(f -> {
            declared.accept(f);
            f.m.grafana().dashboard(DashboardRef.of("home"), "Home", d -> d
                    .link("Shop API", shop.panel("about").withVariable("job", "api"))
                    .panels(r -> r.text("Welcome", "x")));
        }));
        List<Diagnostic> broken = analyze(f -> {
            declared.accept(f);
            f.m.grafana().dashboard(DashboardRef.of("home"), "Home", d -> d
                    .link("Shop in eu", shop.panel("about").withVariable("region", "eu"))
                    .panels(r -> r.panel(DashboardRef.of("home").panel("welcome"), PanelType.TEXT, "Welcome",
                            p -> p.content("x").link("Shop", shop.panel("about").withVariable("zone", "a")))));
        });
        assertEquals(List.of("GRAF037", "GRAF037"), broken.stream().map(Diagnostic::code).toList());
        assertTrue(broken.get(0).message().contains("'region'") && broken.get(0).message().contains("[job]"),
                broken.get(0).message());
        assertTrue(broken.stream().allMatch(d -> d.position().file().endsWith("AnalyzerTest.java")
                && d.position().line() > 0));
    }

    @Test
    void alertLinksSetOnlyDefinedVariablesFromLabelsTheAlertCarries() {
        DashboardRef shop = DashboardRef.of("shop");
        Label instance = Label.of("instance");
        Consumer<Fixture> dashboard = withJobVariable(shop);
        assertEquals(List.of(), codes(f -> {
            dashboard.accept(f);
            f.alert("Linked").dashboard(shop.panel("about"), link -> link.variable("job", JOB).time("now-6h", "now"));
        }));
        List<Diagnostic> broken = analyze(f -> {
            dashboard.accept(f);
            f.alert("Unknown").dashboard(shop.panel("about"), link -> link.variable("region", "eu"));
            f.alert("Absolute").dashboard(shop.panel("about"), link -> link.time("2024-01-01", "now"));
            f.alert("NoSuchLabel").dashboard(shop.panel("about"), link -> link.variable("job", instance));
        });
        assertEquals(List.of("ALERT011", "ALERT014", "ALERT015"), broken.stream().map(Diagnostic::code).toList());
        assertTrue(broken.get(0).message().contains("$labels.instance"), broken.get(0).message());
        assertTrue(broken.get(1).message().contains("'region'"), broken.get(1).message());
    }

    /** A valid alert and a dashboard with one active-alerts table, queried by {@code query}. */
    private static void alertsTable(Fixture f, Consumer<dev.obsc.dsl.PanelBuilder> query) {
        f.alert("Fine");
        f.m.grafana().datasource("alerts", "Alertmanager", dev.obsc.model.DatasourceType.ALERTMANAGER_ALERTS,
                "http://alertmanager:9093", false);
        f.m.grafana().dashboard(DashboardRef.of("alerts"), "Alerts", d -> d
                .customVariable("severity", "Severity", "warning", "critical")
                .panels(r -> r.table("Active alerts", query)));
    }

    @Test
    void aRecordingRuleDividingByUnguardedTrafficWarns() {
        assertEquals(List.of("PROMQL013"), codes(f -> f.m.recordingRules("r", "1m").record("job:shop_errors:ratio_rate5m",
                Expr.raw("sum by (job) (rate(shop_requests_total{job=\"x\"}[5m])) / sum by (job) (rate(shop_requests_total[5m]))"))));
        assertEquals(List.of(), codes(f -> f.m.recordingRules("r", "1m").record("job:shop_errors:ratio_rate5m",
                Expr.raw("sum by (job) (rate(shop_requests_total{job=\"x\"}[5m])) / (sum by (job) (rate(shop_requests_total[5m])) > 0)"))));
    }
}
