package dev.obsc.compiler.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.obsc.compiler.promql.AggregateExpr;
import dev.obsc.compiler.promql.PromQL;
import dev.obsc.compiler.promql.References;
import dev.obsc.compiler.promql.VectorSelector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads what {@code obsc generate} wrote under {@code prometheus/}: which files are rule files, and
 * the SLOs their base recordings describe. Nothing here knows file or group names, so it follows
 * however the compiler splits SLO rules into files and groups.
 */
final class GeneratedSloRules {
    static final String ERROR_BASE = "slo:sli_error:rate5m";
    static final String TOTAL_BASE = "slo:sli_total:rate5m";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private GeneratedSloRules() {
    }

    /** Every YAML file below {@code dir} with a top-level {@code groups} key (promtool tests have none), sorted. */
    static List<Path> ruleFiles(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if ((name.endsWith(".yml") || name.endsWith(".yaml")) && YAML.readTree(file.toFile()).has("groups")) {
                    files.add(file);
                }
            }
        }
        return files;
    }

    /** The SLOs whose base recordings appear in {@code ruleFiles}, sorted by SLO name. */
    static List<SloSource> sources(List<Path> ruleFiles) {
        Map<String, JsonNode> errorRules = new TreeMap<>();
        Map<String, JsonNode> totalRules = new TreeMap<>();
        for (Path file : ruleFiles) {
            for (JsonNode group : read(file).path("groups")) {
                for (JsonNode rule : group.path("rules")) {
                    String record = rule.path("record").asText("");
                    String slo = rule.path("labels").path("slo").asText("");
                    if (record.equals(ERROR_BASE)) {
                        errorRules.put(slo, rule);
                    } else if (record.equals(TOTAL_BASE)) {
                        totalRules.put(slo, rule);
                    }
                }
            }
        }
        if (!errorRules.keySet().equals(totalRules.keySet())) {
            throw new IllegalStateException("every SLO needs both " + ERROR_BASE + " and " + TOTAL_BASE
                    + "; errors for " + errorRules.keySet() + ", totals for " + totalRules.keySet());
        }
        List<SloSource> sources = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : totalRules.entrySet()) {
            sources.add(source(entry.getKey(), errorRules.get(entry.getKey()), entry.getValue()));
        }
        return sources;
    }

    private static SloSource source(String slo, JsonNode errorRule, JsonNode totalRule) {
        References total = References.of(PromQL.parse(totalRule.path("expr").asText()));
        References error = References.of(PromQL.parse(errorRule.path("expr").asText()));
        if (total.selectors().size() != 1 || total.aggregations().size() != 1 || error.selectors().isEmpty()) {
            throw new IllegalStateException("SLO " + slo + ": the benchmark reads base recordings of the form"
                    + " sum by (...) (rate(selector[5m])); got " + totalRule.path("expr").asText());
        }
        // The error recording's first selector selects the bad events (any further one is the "or ... * 0" fallback).
        VectorSelector bad = error.selectors().get(0);
        VectorSelector totalSelector = total.selectors().get(0);
        AggregateExpr aggregation = total.aggregations().get(0);
        SortedMap<String, String> recordLabels = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> staticLabels = totalRule.path("labels").fields();
        staticLabels.forEachRemaining(label -> recordLabels.put(label.getKey(), label.getValue().asText()));
        SloSource partial = new SloSource(slo, totalSelector, bad, aggregation.grouping().labels(), recordLabels);
        for (String by : aggregation.grouping().labels()) {
            String value = partial.seriesLabels().get(by);
            if (value == null) {
                throw new IllegalStateException("SLO " + slo + " aggregates by " + by
                        + ", which its selector does not fix; the benchmark cannot tell the recording's label value");
            }
            recordLabels.put(by, value);
        }
        return new SloSource(slo, totalSelector, bad, aggregation.grouping().labels(), recordLabels);
    }

    private static JsonNode read(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
