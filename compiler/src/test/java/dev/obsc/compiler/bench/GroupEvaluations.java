package dev.obsc.compiler.bench;

import java.util.List;

/**
 * The evaluation times Prometheus reported for one rule group, one per evaluation observed, in order.
 *
 * @param intervalSeconds how often the group is evaluated
 */
record GroupEvaluations(String file, String name, double intervalSeconds, int rules, List<Double> seconds) {

    GroupEvaluations {
        seconds = List.copyOf(seconds);
    }

    /**
     * The mean evaluation time; the first evaluation is left out when there are more, since it also
     * pays for loading what the queries touch for the first time.
     */
    double meanSeconds() {
        List<Double> steady = seconds.size() > 1 ? seconds.subList(1, seconds.size()) : seconds;
        return steady.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    /** Evaluation seconds spent per second of wall time. */
    double load() {
        return meanSeconds() / intervalSeconds;
    }
}
