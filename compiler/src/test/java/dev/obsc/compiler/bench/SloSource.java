package dev.obsc.compiler.bench;

import dev.obsc.compiler.promql.LabelMatcher;
import dev.obsc.compiler.promql.VectorSelector;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the rule-evaluation benchmark needs to know of one generated SLO, read from its base
 * recording rules: the raw selectors its SLI reads, the labels its aggregation keeps, and the
 * exact label set the base recordings {@code slo:sli_error:rate5m} and {@code slo:sli_total:rate5m}
 * carry (the rule's static labels plus the values of the SLI's by labels).
 *
 * @param slo          the {@code slo} label
 * @param total        the selector of all events, e.g. {@code svc3_requests_total{job="op3"}}
 * @param bad          the selector of the bad events
 * @param byLabels     the labels the SLI aggregates by
 * @param recordLabels the labels of the SLO's base recordings, sorted by name
 */
record SloSource(String slo, VectorSelector total, VectorSelector bad, List<String> byLabels,
                 SortedMap<String, String> recordLabels) {

    SloSource {
        byLabels = List.copyOf(byLabels);
        recordLabels = new TreeMap<>(recordLabels);
    }

    String metric() {
        return total.effectiveMetricName().orElseThrow();
    }

    /** The total selector's equality matchers: the labels every raw series of this SLO carries. */
    SortedMap<String, String> seriesLabels() {
        SortedMap<String, String> labels = new TreeMap<>();
        for (LabelMatcher matcher : total.matchers()) {
            if (!matcher.name().equals(LabelMatcher.METRIC_NAME_LABEL) && matcher.op() == LabelMatcher.MatchOp.EQUAL) {
                labels.put(matcher.name(), matcher.value());
            }
        }
        return labels;
    }

    boolean isBad(Map<String, String> seriesLabels) {
        return matches(bad, seriesLabels);
    }

    boolean isCounted(Map<String, String> seriesLabels) {
        return matches(total, seriesLabels);
    }

    /** Prometheus semantics: regular expressions are anchored, a missing label is the empty string. */
    private static boolean matches(VectorSelector selector, Map<String, String> labels) {
        for (LabelMatcher matcher : selector.matchers()) {
            if (matcher.name().equals(LabelMatcher.METRIC_NAME_LABEL)) {
                continue;
            }
            String value = labels.getOrDefault(matcher.name(), "");
            boolean hit;
            switch (matcher.op()) {
                case EQUAL:
                    hit = value.equals(matcher.value());
                    break;
                case NOT_EQUAL:
                    hit = !value.equals(matcher.value());
                    break;
                case REGEX_MATCH:
                    hit = value.matches(matcher.value());
                    break;
                default:
                    hit = !value.matches(matcher.value());
                    break;
            }
            if (!hit) {
                return false;
            }
        }
        return true;
    }
}
