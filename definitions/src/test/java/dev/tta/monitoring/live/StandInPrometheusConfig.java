package dev.tta.monitoring.live;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tta.monitoring.Jobs;

import java.nio.file.Path;
import java.util.List;

/**
 * A development prometheus.yml written by the test, standing in until the compiler generates one
 * per environment: the scrape jobs the rules depend on (static targets, as in development) and
 * rule_files naming the generated rule files. The live run rewrites it exactly as it will the
 * generated one, so switching means passing the generated file instead of {@link #write}'s.
 */
final class StandInPrometheusConfig {
    private StandInPrometheusConfig() {
    }

    /** Writes {@code prometheus.yml} into {@code directory}, loading the rule files in {@code rulesDirectory}. */
    static Path write(Path directory, Path rulesDirectory) {
        ObjectNode config = JsonNodeFactory.instance.objectNode();
        config.putObject("global").put("scrape_interval", "15s").put("evaluation_interval", "15s");
        ArrayNode ruleFiles = config.putArray("rule_files");
        for (String file : List.of("recording_rules.yml", "alerting_rules.yml")) {
            ruleFiles.add(rulesDirectory.toAbsolutePath().resolve(file).toString());
        }
        config.putObject("alerting").putArray("alertmanagers").addObject()
                .putArray("static_configs").addObject().putArray("targets").add("alertmanager:9093");
        ArrayNode jobs = config.putArray("scrape_configs");
        job(jobs, Jobs.TTA_PRIMITIVES, "tta-primitives:9464");
        job(jobs, Jobs.PROMETHEUS, "localhost:9090");
        job(jobs, Jobs.ALERTMANAGER, "alertmanager:9093");
        job(jobs, Jobs.GRAFANA, "grafana:3000");
        job(jobs, Jobs.JAEGER, "jaeger:14269");
        job(jobs, Jobs.OTEL_COLLECTOR, "otel-collector:8888");
        Path file = directory.resolve("prometheus.yml");
        LiveRewrite.write(config, file);
        return file;
    }

    private static void job(ArrayNode jobs, String name, String target) {
        jobs.addObject().put("job_name", name).putArray("static_configs").addObject().putArray("targets").add(target);
    }
}
