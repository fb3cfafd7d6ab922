package dev.obsc.compiler.lowering.stack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.obsc.compiler.lowering.Trees;
import dev.obsc.model.Environment;
import dev.obsc.model.ServicePort;
import dev.obsc.model.ServiceRole;
import dev.obsc.model.StackModel;
import dev.obsc.model.StackService;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

/**
 * A {@code docker-compose.yml} running the stack of a Compose environment from its own tree: pinned
 * images, the tree's directories mounted read-only by relative path, a named volume per data
 * directory, published ports, health checks, and start order. Applications are not part of it.
 */
public final class ComposeLowering {
    public static final String PATH = "docker-compose.yml";
    public static final String SCHEMA = "docker-compose.schema.json";
    /** How containers reach the Docker host (an application running outside Compose). */
    public static final String DOCKER_HOST = "host.docker.internal";

    private final StackModel stack;
    private final String projectName;
    private final SortedSet<String> grafanaPlugins;

    /** @param grafanaPlugins datasource plugins Grafana does not ship, installed when its container starts */
    public ComposeLowering(StackModel stack, String definitionsName, SortedSet<String> grafanaPlugins) {
        this.stack = stack;
        this.grafanaPlugins = grafanaPlugins;
        this.projectName = definitionsName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-");
    }

    public ObjectNode lower(Environment environment) {
        ObjectNode compose = Trees.object();
        compose.put("name", projectName + "-" + environment.name());
        ObjectNode services = compose.putObject("services");
        List<String> volumes = new ArrayList<>();
        boolean reachesDockerHost = environment.hosts().containsValue(DOCKER_HOST)
                || environment.localWebhookUrl().filter(url -> url.contains("//" + DOCKER_HOST)).isPresent();
        for (StackService service : stack.services()) {
            if (service.image().isEmpty() || !environment.runs(service.name())) {
                continue;
            }
            ObjectNode node = services.putObject(service.name());
            node.put("image", service.image().get());
            RoleSettings settings = settings(environment, service);
            if (!settings.command().isEmpty()) {
                node.set("command", Trees.strings(settings.command()));
            }
            if (!settings.environment().isEmpty()) {
                ObjectNode env = node.putObject("environment");
                settings.environment().forEach(e -> env.put(e.getKey(), e.getValue()));
            }
            List<String> published = service.ports().stream().filter(ServicePort::published)
                    .map(p -> p.port() + ":" + p.port()).toList();
            if (!published.isEmpty()) {
                node.set("ports", Trees.strings(published));
            }
            List<String> mounts = new ArrayList<>(settings.mounts());
            settings.dataDirectory().ifPresent(dir -> {
                String volume = service.name() + "-data";
                volumes.add(volume);
                mounts.add(volume + ":" + dir);
            });
            if (!mounts.isEmpty()) {
                node.set("volumes", Trees.strings(mounts));
            }
            if (service.role() == ServiceRole.NODE_EXPORTER) {
                // The host's processes and file systems, not the container's.
                node.put("pid", "host");
            }
            if (reachesDockerHost) {
                node.set("extra_hosts", Trees.strings(List.of(DOCKER_HOST + ":host-gateway")));
            }
            service.health().filter(h -> h.probeInsideImage()).ifPresent(health -> {
                ObjectNode check = node.putObject("healthcheck");
                check.set("test", Trees.strings(List.of("CMD", "wget", "-q", "-O", "/dev/null",
                        "http://localhost:" + service.portNumber(health.port()) + health.path())));
                check.put("interval", "10s");
                check.put("timeout", "5s");
                check.put("retries", 5);
                check.put("start_period", "10s");
            });
            dependsOn(node, environment, service);
            node.put("restart", "unless-stopped");
        }
        if (!volumes.isEmpty()) {
            ObjectNode named = compose.putObject("volumes");
            volumes.forEach(v -> named.putObject(v));
        }
        return compose;
    }

    /** Start after what a service sends to or reads from; healthy first where that can be probed. */
    private void dependsOn(ObjectNode node, Environment environment, StackService service) {
        List<StackService> needs = switch (service.role()) {
            case PROMETHEUS -> stack.services().stream().filter(s -> s.role() == ServiceRole.ALERTMANAGER).toList();
            case GRAFANA -> stack.services().stream().filter(s -> s.role() == ServiceRole.PROMETHEUS
                    || s.role() == ServiceRole.LOKI || s.role() == ServiceRole.JAEGER).toList();
            case OTEL_COLLECTOR -> stack.pipelines().stream()
                    .map(p -> stack.service(p.service()).orElseThrow()).distinct().toList();
            default -> List.of();
        };
        needs = needs.stream().filter(need -> environment.runs(need.name())).toList();
        if (needs.isEmpty()) {
            return;
        }
        ObjectNode depends = node.putObject("depends_on");
        for (StackService need : needs) {
            boolean probed = need.health().filter(h -> h.probeInsideImage()).isPresent();
            depends.putObject(need.name()).put("condition", probed ? "service_healthy" : "service_started");
        }
    }

    private RoleSettings settings(Environment environment, StackService service) {
        String external = Endpoints.externalUrl(environment, service);
        return switch (service.role()) {
            case PROMETHEUS -> {
                List<String> command = new ArrayList<>(List.of("--config.file=/etc/prometheus/prometheus.yml",
                        "--storage.tsdb.path=/prometheus",
                        "--storage.tsdb.retention.time=" + environment.retentionTime()));
                environment.retentionSize().ifPresent(size -> command.add("--storage.tsdb.retention.size=" + size));
                command.add("--web.external-url=" + external);
                command.add("--web.enable-lifecycle");
                if (OtelCollectorLowering.writesTo(stack, environment, service)) {
                    command.add("--web.enable-remote-write-receiver");
                }
                yield new RoleSettings(command, List.of(), List.of("./prometheus:/etc/prometheus:ro"),
                        Optional.of("/prometheus"));
            }
            case ALERTMANAGER -> new RoleSettings(List.of("--config.file=/etc/alertmanager/alertmanager.yml",
                    "--storage.path=/alertmanager", "--web.external-url=" + external), List.of(),
                    List.of("./alertmanager:/etc/alertmanager:ro"), Optional.of("/alertmanager"));
            case GRAFANA -> new RoleSettings(List.of(), grafanaEnvironment(external),
                    List.of("./grafana/provisioning:/etc/grafana/provisioning:ro",
                            "./grafana/dashboards:/var/lib/grafana/dashboards:ro"),
                    Optional.of("/var/lib/grafana"));
            case JAEGER -> new RoleSettings(List.of(), List.of(Map.entry("COLLECTOR_OTLP_ENABLED", "true")),
                    List.of(), Optional.empty());
            case OTEL_COLLECTOR -> new RoleSettings(List.of("--config=/etc/otelcol-contrib/config.yml"), List.of(),
                    List.of("./otel-collector:/etc/otelcol-contrib:ro"), Optional.empty());
            case NODE_EXPORTER -> new RoleSettings(List.of("--path.rootfs=/host"), List.of(),
                    List.of("/:/host:ro,rslave"), Optional.empty());
            case LOKI -> new RoleSettings(List.of("-config.file=/etc/loki/local-config.yaml"), List.of(), List.of(),
                    Optional.of("/loki"));
            default -> new RoleSettings(List.of(), List.of(), List.of(), Optional.empty());
        };
    }

    /** What a service of a role runs with: command, environment variables, mounts and its data directory. */
    private List<Map.Entry<String, String>> grafanaEnvironment(String external) {
        List<Map.Entry<String, String>> settings = new ArrayList<>(List.of(
                Map.entry("GF_SERVER_ROOT_URL", external),
                Map.entry("GF_USERS_ALLOW_SIGN_UP", "false"),
                Map.entry("GF_AUTH_ANONYMOUS_ENABLED", "true"),
                Map.entry("GF_AUTH_ANONYMOUS_ORG_ROLE", "Viewer")));
        if (!grafanaPlugins.isEmpty()) {
            settings.add(Map.entry("GF_INSTALL_PLUGINS", String.join(",", grafanaPlugins)));
        }
        return settings;
    }

    private record RoleSettings(List<String> command, List<Map.Entry<String, String>> environment, List<String> mounts,
                                Optional<String> dataDirectory) {
    }
}
