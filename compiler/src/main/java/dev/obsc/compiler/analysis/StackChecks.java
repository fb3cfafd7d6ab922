package dev.obsc.compiler.analysis;

import dev.obsc.compiler.diagnostics.Diagnostics;
import dev.obsc.compiler.promql.Duration;
import dev.obsc.compiler.promql.Expr;
import dev.obsc.compiler.promql.LabelMatcher;
import dev.obsc.compiler.promql.References;
import dev.obsc.model.AlertRule;
import dev.obsc.model.Environment;
import dev.obsc.model.Integration;
import dev.obsc.model.MonitoringModel;
import dev.obsc.model.OtelPipeline;
import dev.obsc.model.Platform;
import dev.obsc.model.Receiver;
import dev.obsc.model.RecordingRule;
import dev.obsc.model.RemoteWrite;
import dev.obsc.model.ScrapeJob;
import dev.obsc.model.ServicePort;
import dev.obsc.model.ServiceRole;
import dev.obsc.model.SourcePosition;
import dev.obsc.model.StackModel;
import dev.obsc.model.StackService;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks of the stack and its environments: every job a rule selects is scraped, names and
 * references resolve, ports do not collide, timeouts fit intervals, no secret is written inline,
 * and an environment that must page nobody does not.
 */
final class StackChecks {
    /** How Compose containers reach the Docker host, where applications run outside the stack. */
    private static final String DOCKER_HOST = "host.docker.internal";
    /** Service, port, job and environment names: DNS labels, as Compose and Kubernetes need them. */
    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern SIZE = Pattern.compile("[0-9]+(B|KB|MB|GB|TB|PB|EB)");
    private static final Pattern SECRET_QUERY = Pattern.compile("[?&](password|token|api_?key|secret)=",
            Pattern.CASE_INSENSITIVE);

    private StackChecks() {
    }

    static void check(MonitoringModel model, RuleTrees trees, Diagnostics out) {
        StackModel stack = model.stack();
        if (stack.environments().isEmpty()) {
            // Without environments only the rules, Alertmanager and Grafana files are emitted: a
            // declared stack would silently produce nothing.
            stack.services().stream().findFirst().ifPresent(first -> out.warning("STACK015", first.position(),
                    "the stack declares " + stack.services().size() + " service(s) but no environment, so none of"
                            + " its configuration is generated; declare one, e.g. stack().environment(\"development\","
                            + " e -> { })"));
            return;
        }
        checkServices(stack, out);
        checkScrapeJobs(stack, out);
        checkTimeouts(stack, out);
        checkPipelines(stack, out);
        for (Environment environment : stack.environments()) {
            checkEnvironment(model, environment, out);
        }
        duplicates(stack.environments().stream().map(e -> Map.entry(e.name(), e.position())).toList(),
                "environment", out);
        checkSelectedJobs(model, trees, out);
    }

    private static void checkServices(StackModel stack, Diagnostics out) {
        duplicates(stack.services().stream().map(s -> Map.entry(s.name(), s.position())).toList(), "service", out);
        Map<Integer, StackService> publishedBy = new HashMap<>();
        for (StackService service : stack.services()) {
            name(service.name(), "service", service.position(), out);
            if (service.ports().isEmpty()) {
                out.error("STACK006", service.position(), "service '" + service.name() + "' declares no port;"
                        + " declare at least the one it serves on, e.g. port(\"web\", 9090)");
            }
            Map<Integer, String> numbers = new HashMap<>();
            Set<String> names = new HashSet<>();
            for (ServicePort port : service.ports()) {
                name(port.name(), "port", service.position(), out);
                if (port.port() < 1 || port.port() > 65535) {
                    out.error("STACK003", service.position(), "port '" + port.name() + "' of service '"
                            + service.name() + "' is " + port.port() + ", outside 1-65535");
                }
                String other = numbers.putIfAbsent(port.port(), port.name());
                if (other != null) {
                    out.error("STACK003", service.position(), "service '" + service.name() + "' declares port "
                            + port.port() + " twice, as '" + other + "' and '" + port.name() + "'");
                }
                if (!names.add(port.name())) {
                    out.error("STACK008", service.position(), "service '" + service.name() + "' declares two ports"
                            + " named '" + port.name() + "'");
                }
                if (port.published() && service.image().isPresent()) {
                    StackService previous = publishedBy.putIfAbsent(port.port(), service);
                    if (previous != null && previous != service) {
                        out.error("STACK003", service.position(), "services '" + previous.name() + "' and '"
                                + service.name() + "' both publish port " + port.port() + " on the Docker host;"
                                + " publish another port or make one internalPort(...)");
                    }
                }
            }
            service.health().ifPresent(health -> {
                if (service.port(health.port()).isEmpty()) {
                    unknownPort(service, health.port(), "its health check", service.position(), out);
                }
            });
        }
    }

    private static void checkScrapeJobs(StackModel stack, Diagnostics out) {
        duplicates(stack.scrapeJobs().stream().map(j -> Map.entry(j.name(), j.position())).toList(), "scrape job",
                out);
        for (ScrapeJob job : stack.scrapeJobs()) {
            Optional<StackService> service = target(stack, job.service(), job.port(), "scrape job '" + job.name() + "'",
                    job.position(), out);
            if (!job.metricsPath().startsWith("/")) {
                out.error("STACK006", job.position(), "scrape job '" + job.name() + "' has metrics path '"
                        + job.metricsPath() + "'; write an absolute path such as /metrics");
            }
            job.interval().ifPresent(v -> Durations.check(v, "scrape interval of job '" + job.name() + "'",
                    job.position(), out));
            job.timeout().ifPresent(v -> Durations.check(v, "scrape timeout of job '" + job.name() + "'",
                    job.position(), out));
            if (service.isPresent() && service.get().role() == ServiceRole.PUSHGATEWAY && !job.honorLabels()) {
                out.warning("STACK010", job.position(), "scrape job '" + job.name() + "' scrapes a Pushgateway"
                        + " without honorLabels(): the pushed job and instance labels are overwritten by '"
                        + job.name() + "' and the gateway's address");
            }
        }
    }

    private static void checkPipelines(StackModel stack, Diagnostics out) {
        Set<String> signals = new HashSet<>();
        for (OtelPipeline pipeline : stack.pipelines()) {
            if (stack.serviceOf(ServiceRole.OTEL_COLLECTOR).isEmpty()) {
                out.error("STACK009", pipeline.position(), "a " + pipeline.signal().key() + " pipeline is declared"
                        + " but no OTEL_COLLECTOR service runs it; declare the collector with stack.service(...)");
            }
            if (!signals.add(pipeline.signal().key())) {
                out.error("STACK009", pipeline.position(), "a second " + pipeline.signal().key() + " pipeline;"
                        + " declare one pipeline per signal");
            }
            target(stack, pipeline.service(), pipeline.port(), "the " + pipeline.signal().key() + " pipeline",
                    pipeline.position(), out).ifPresent(destination -> {
                        if (!OtelPipeline.DESTINATIONS.contains(destination.role())) {
                            out.error("STACK009", pipeline.position(), "the " + pipeline.signal().key()
                                    + " pipeline exports to '" + destination.name() + "', a "
                                    + destination.role() + "; the collector exports to "
                                    + OtelPipeline.DESTINATIONS);
                        }
                    });
        }
    }

    private static void checkEnvironment(MonitoringModel model, Environment environment, Diagnostics out) {
        SourcePosition at = environment.position();
        name(environment.name(), "environment", at, out);
        String of = " of environment '" + environment.name() + "'";
        Durations.check(environment.scrapeInterval(), "scrape interval" + of, at, out);
        Durations.check(environment.evaluationInterval(), "evaluation interval" + of, at, out);
        Durations.check(environment.retentionTime(), "retention time" + of, at, out);
        environment.retentionSize().filter(size -> !SIZE.matcher(size).matches()).ifPresent(size ->
                out.error("STACK013", at, "retention size '" + size + "'" + of + " is not a size; write e.g. 50GB"
                        + " (units B KB MB GB TB PB EB)"));
        environment.namespace().ifPresent(ns -> name(ns, "namespace", at, out));
        if (environment.prometheusReplicas() < 1 || environment.alertmanagerReplicas() < 1) {
            out.error("STACK013", at, "environment '" + environment.name() + "' runs fewer than one replica");
        }
        environment.hosts().keySet().stream().filter(service -> model.stack().service(service).isEmpty())
                .forEach(service -> out.error("STACK006", at, "environment '" + environment.name()
                        + "' sets the host of '" + service + "', which is not a declared service"));
        environment.omittedServices().stream().filter(service -> model.stack().service(service).isEmpty())
                .forEach(service -> out.error("STACK006", at, "environment '" + environment.name()
                        + "' leaves out '" + service + "', which is not a declared service"));
        for (RemoteWrite write : environment.remoteWrites()) {
            if (AlertmanagerChecks.SECRET_BEARING_URL.matcher(write.url()).find()
                    || SECRET_QUERY.matcher(write.url()).find()) {
                out.error("STACK004", at, "a remote-write URL" + of + " carries a credential; secrets must not be"
                        + " written into the config: use remoteWrite(url, username, new Secret(path))");
            }
            write.password().filter(secret -> !secret.file().startsWith("/")).ifPresent(secret ->
                    out.error("STACK004", at, "remote write" + of + " reads its password from '" + secret.file()
                            + "'; give the absolute path where the deployment mounts it"));
        }
        environment.localWebhookUrl().filter(url -> AlertmanagerChecks.SECRET_BEARING_URL.matcher(url).find())
                .ifPresent(url -> out.error("STACK004", at, "the local webhook" + of + " carries a credential in"
                        + " its URL; secrets must not be written into the config"));
        checkPaging(model, environment, out);
        checkDatasources(model, environment, out);
        if (environment.platform() == Platform.COMPOSE) {
            checkDockerHostPorts(model.stack(), environment, out);
            if (environment.prometheusReplicas() > 1 || environment.alertmanagerReplicas() > 1) {
                out.warning("STACK014", at, "environment '" + environment.name() + "' runs on Docker Compose, which"
                        + " runs one replica of each service; replicas(...) applies to Kubernetes environments");
            }
        }
        checkScrapeIntervalAgainstQueries(model, environment, out);
    }

    /** A timeout longer than its interval makes Prometheus reject the whole configuration. */
    private static void checkTimeouts(StackModel stack, Diagnostics out) {
        for (ScrapeJob job : stack.scrapeJobs()) {
            Optional<Duration> timeout = job.timeout().flatMap(Duration::parse);
            List<String> tooShort = stack.environments().stream()
                    .filter(environment -> timeout.isPresent() && Duration.parse(
                            job.interval().orElse(environment.scrapeInterval()))
                            .filter(every -> timeout.get().compareTo(every) > 0).isPresent())
                    .map(environment -> environment.name() + " (every "
                            + job.interval().orElse(environment.scrapeInterval()) + ")")
                    .toList();
            if (!tooShort.isEmpty()) {
                out.error("STACK007", job.position(), "scrape job '" + job.name() + "' times out after "
                        + job.timeout().get() + ", longer than it is scraped in " + String.join(", ", tooShort)
                        + "; Prometheus rejects a timeout longer than the interval");
            }
        }
    }

    private static void checkPaging(MonitoringModel model, Environment environment, Diagnostics out) {
        if (environment.mayPage()) {
            return;
        }
        for (Receiver receiver : EnvironmentReceivers.apply(model.alertmanager(), environment).receivers()) {
            for (Integration integration : receiver.integrations()) {
                if (integration.pages()) {
                    out.error("STACK005", environment.position(), "environment '" + environment.name()
                            + "' must never page anyone, but receiver '" + receiver.name() + "' pages through "
                            + integration.getClass().getSimpleName().replace("Config", "") + "; use"
                            + " receiversTo(localWebhookUrl) or withoutPaging() in this environment");
                    return;
                }
            }
        }
    }

    /**
     * On Compose, the published ports and what listens on the Docker host itself (applications
     * reached at host.docker.internal, the local webhook) share the host's ports.
     */
    private static void checkDockerHostPorts(StackModel stack, Environment environment, Diagnostics out) {
        Map<Integer, String> published = new HashMap<>();
        for (StackService service : stack.services()) {
            if (service.image().isPresent() && environment.runs(service.name())) {
                service.ports().stream().filter(ServicePort::published)
                        .forEach(p -> published.putIfAbsent(p.port(), service.name()));
            }
        }
        Map<Integer, String> onHost = new java.util.TreeMap<>();
        for (StackService service : stack.services()) {
            if (environment.runs(service.name()) && environment.host(service.name()).equals(DOCKER_HOST)) {
                service.ports().forEach(p -> onHost.putIfAbsent(p.port(), "'" + service.name() + "'"));
            }
        }
        environment.localWebhookUrl().ifPresent(url -> {
            try {
                java.net.URI uri = java.net.URI.create(url);
                if (DOCKER_HOST.equals(uri.getHost()) && uri.getPort() > 0) {
                    onHost.putIfAbsent(uri.getPort(), "the local webhook");
                }
            } catch (IllegalArgumentException e) {
                // not a URL: nothing listens on the host
            }
        });
        onHost.forEach((port, what) -> {
            if (published.containsKey(port)) {
                out.error("STACK003", environment.position(), "in environment '" + environment.name() + "', " + what
                        + " listens on port " + port + " of the Docker host, where '" + published.get(port)
                        + "' is published; move one of them");
            }
        });
    }

    /** A provisioned Grafana datasource whose host is a service the environment leaves out shows only errors. */
    private static void checkDatasources(MonitoringModel model, Environment environment, Diagnostics out) {
        for (var datasource : model.grafana().datasources()) {
            String host;
            try {
                host = java.net.URI.create(datasource.url()).getHost();
            } catch (IllegalArgumentException e) {
                continue; // reported by the Grafana checks
            }
            if (host != null && model.stack().service(host).isPresent() && !environment.runs(host)) {
                out.warning("STACK012", environment.position(), "environment '" + environment.name() + "' leaves out '"
                        + host + "', but Grafana's datasource '" + datasource.name() + "' reads from it there;"
                        + " run the service in this environment or do not leave it out");
            }
        }
    }

    /** Query ranges were checked against the model's scrape interval; a slower environment breaks them. */
    private static void checkScrapeIntervalAgainstQueries(MonitoringModel model, Environment environment,
                                                          Diagnostics out) {
        Optional<Duration> checked = model.scrapeInterval().flatMap(Duration::parse);
        Optional<Duration> actual = Duration.parse(environment.scrapeInterval());
        if (checked.isPresent() && actual.isPresent() && actual.get().compareTo(checked.get()) > 0) {
            out.warning("STACK011", environment.position(), "environment '" + environment.name() + "' scrapes every "
                    + environment.scrapeInterval() + ", but query ranges were checked for scrapes every "
                    + model.scrapeInterval().get() + "; short ranges may hold too few samples there");
        }
    }

    /**
     * Every job an alert or recording rule selects by name or pattern is scraped in every environment.
     * Where an environment scrapes a job with {@code honor_labels} (a Pushgateway), pushed metrics keep
     * their own job label, which no declaration names: a job that is no scrape job of the whole stack
     * is then only a warning there. A declared scrape job an environment does not run stays an error.
     */
    private static void checkSelectedJobs(MonitoringModel model, RuleTrees trees, Diagnostics out) {
        Map<String, ScrapedJobs> scrapedIn = new java.util.LinkedHashMap<>();
        List<String> declared = model.stack().scrapeJobs().stream().map(ScrapeJob::name).distinct().sorted().toList();
        for (Environment environment : model.stack().environments()) {
            List<ScrapeJob> jobs = model.stack().scrapeJobs().stream().filter(job -> environment.runs(job.service())).toList();
            scrapedIn.put(environment.name(), new ScrapedJobs(jobs.stream().map(ScrapeJob::name).distinct().sorted().toList(),
                    jobs.stream().filter(ScrapeJob::honorLabels).map(ScrapeJob::name).distinct().sorted().toList()));
        }
        for (RecordingRule rule : model.recordingRules()) {
            trees.of(rule.expr().promql()).ifPresent(expr -> checkSelectedJobs("recording rule '" + rule.record() + "'",
                    expr, scrapedIn, declared, rule.position(), out));
        }
        for (AlertRule alert : model.alerts()) {
            trees.of(alert.expr().promql()).ifPresent(expr -> checkSelectedJobs("alert '" + alert.name() + "'",
                    expr, scrapedIn, declared, alert.position(), out));
        }
    }

    /** An environment's scrape jobs, and those of them that keep pushed job labels. */
    private record ScrapedJobs(List<String> names, List<String> honoringLabels) {
    }

    /** A query that does not parse has no tree and is not checked here: the query checks report it. */
    private static void checkSelectedJobs(String what, Expr expr, Map<String, ScrapedJobs> scrapedIn,
                                          List<String> declared, SourcePosition at, Diagnostics out) {
        for (var selector : References.of(expr).selectors()) {
            for (LabelMatcher matcher : selector.matchers()) {
                boolean equal = matcher.op() == LabelMatcher.MatchOp.EQUAL;
                if (!matcher.name().equals("job") || !(equal || matcher.op() == LabelMatcher.MatchOp.REGEX_MATCH)) {
                    continue;
                }
                List<String> missing = scrapedIn.entrySet().stream()
                        .filter(e -> equal ? !e.getValue().names().contains(matcher.value())
                                : !anyMatches(matcher.value(), e.getValue().names()))
                        .map(Map.Entry::getKey).toList();
                if (missing.isEmpty()) {
                    continue;
                }
                String selects = what + " selects job" + (equal ? "=" : "=~") + "\"" + matcher.value() + "\", but ";
                boolean aScrapeJob = equal ? declared.contains(matcher.value()) : anyMatches(matcher.value(), declared);
                List<String> pushing = aScrapeJob ? List.of()
                        : missing.stream().filter(env -> !scrapedIn.get(env).honoringLabels().isEmpty()).toList();
                List<String> neverThere = missing.stream().filter(env -> !pushing.contains(env)).toList();
                if (!neverThere.isEmpty()) {
                    out.error("STACK001", at, selects + (neverThere.size() == scrapedIn.size() ? "no environment"
                            : "environment " + String.join(", ", neverThere)) + " scrapes " + (equal ? "it" : "a job it matches")
                            + " (scraped there: " + scrapedIn.get(neverThere.get(0)).names() + "). Declare stack.scrape(...)"
                            + " of that job, run its service there, or fix the job name");
                } else {
                    out.warning("STACK016", at, selects + "no scrape job of environment " + String.join(", ", pushing)
                            + " has that name; only metrics pushed to " + scrapedIn.get(pushing.get(0)).honoringLabels()
                            + " (scraped with honor_labels) can carry it. Fix the job name, or accept this warning"
                            + " if a batch job pushes it");
                }
            }
        }
    }

    private static boolean anyMatches(String regex, List<String> jobs) {
        try {
            Pattern pattern = Pattern.compile(regex);
            return jobs.stream().anyMatch(job -> pattern.matcher(job).matches());
        } catch (PatternSyntaxException e) {
            return true; // reported by the query checks
        }
    }

    private static Optional<StackService> target(StackModel stack, String service, String port, String what,
                                                 SourcePosition at, Diagnostics out) {
        Optional<StackService> found = stack.service(service);
        if (found.isEmpty()) {
            out.error("STACK006", at, what + " refers to service '" + service + "', which is not declared");
        } else if (found.get().port(port).isEmpty()) {
            unknownPort(found.get(), port, what, at, out);
            return Optional.empty();
        }
        return found;
    }

    private static void unknownPort(StackService service, String port, String what, SourcePosition at,
                                    Diagnostics out) {
        out.error("STACK006", at, what + " uses port '" + port + "' of service '" + service.name()
                + "', which declares only " + service.ports().stream().map(ServicePort::name).toList());
    }

    private static void name(String name, String what, SourcePosition at, Diagnostics out) {
        if (!DNS_LABEL.matcher(name).matches()) {
            out.error("STACK008", at, what + " name '" + name + "' is not a DNS label (lower-case letters, digits"
                    + " and inner dashes); Compose and Kubernetes need such names");
        }
    }

    private static void duplicates(List<Map.Entry<String, SourcePosition>> named, String what, Diagnostics out) {
        Map<String, SourcePosition> first = new HashMap<>();
        for (Map.Entry<String, SourcePosition> entry : named) {
            SourcePosition previous = first.putIfAbsent(entry.getKey(), entry.getValue());
            if (previous != null) {
                out.error("STACK008", entry.getValue(), "a second " + what + " named '" + entry.getKey()
                        + "'; the first is at " + previous);
            }
        }
    }
}
