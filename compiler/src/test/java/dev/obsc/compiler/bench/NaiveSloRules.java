package dev.obsc.compiler.bench;

import dev.obsc.compiler.promql.PromQL;

import java.util.List;

/**
 * The naive form the rule-evaluation benchmark compares the generated SLO rules with: per SLO one
 * group that, for every window, divides the bad by all events straight from the raw counters
 * ({@code sum(rate(bad[W])) / sum(rate(total[W]))}, by the SLI's labels), as hand-written rules and
 * Sloth do, so the 30d window scans 30 days of raw samples at every evaluation.
 */
final class NaiveSloRules {
    /** The windows the generated rules record for a 30d period. */
    static final List<String> WINDOWS = List.of("5m", "30m", "1h", "2h", "6h", "1d", "3d", "30d");
    /** Prometheus' default evaluation interval, which hand-written groups usually keep. */
    static final String INTERVAL = "1m";

    private NaiveSloRules() {
    }

    /** A rule file with one group per SLO and one recording rule per window. */
    static String ruleFile(List<SloSource> sources) {
        StringBuilder yaml = new StringBuilder("groups:\n");
        for (SloSource source : sources) {
            yaml.append("  - name: naive_").append(source.slo().replaceAll("[^A-Za-z0-9_]", "_")).append('\n')
                    .append("    interval: ").append(INTERVAL).append('\n')
                    .append("    rules:\n");
            String by = "sum by (" + String.join(", ", source.byLabels()) + ") ";
            for (String window : WINDOWS) {
                yaml.append("      - record: naive:sli_error:ratio_rate").append(window).append('\n')
                        .append("        expr: ").append(quoted(by + "(rate(" + PromQL.print(source.bad()) + "["
                                + window + "])) / " + by + "(rate(" + PromQL.print(source.total()) + "[" + window + "]))"))
                        .append('\n')
                        .append("        labels:\n");
                source.recordLabels().forEach((name, value) -> {
                    if (!source.byLabels().contains(name)) {
                        yaml.append("          ").append(name).append(": ").append(quoted(value)).append('\n');
                    }
                });
            }
        }
        return yaml.toString();
    }

    private static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
