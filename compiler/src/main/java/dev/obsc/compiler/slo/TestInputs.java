package dev.obsc.compiler.slo;

import dev.obsc.model.CounterEvents;
import dev.obsc.model.EventSource;
import dev.obsc.model.LatencySli;
import dev.obsc.model.MatchOp;
import dev.obsc.model.Matcher;
import dev.obsc.model.RatioSli;
import dev.obsc.model.Sli;
import dev.obsc.model.TestSeries;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Synthetic counter series for an SLI's tests, sampled every minute from 0: all events grow by
 * {@code total} a minute; bad events by nothing until {@code burnFrom} (minutes), then by
 * {@code bad} a minute. Each source counter gets the series its selector selects (its equality
 * matchers) with the SLI's {@code by} labels set to {@link #BY_VALUE}. Only SLIs over counters
 * with equality matchers can be synthesised; others get no generated tests.
 */
final class TestInputs {
    static final String BY_VALUE = "slo-test";

    private TestInputs() {
    }

    static boolean supported(Sli sli) {
        if (sli instanceof LatencySli latency) {
            return latency.matchers().stream().allMatch(m -> m.op() == MatchOp.EQ);
        }
        return ((RatioSli) sli).sources().stream().allMatch(s -> s instanceof CounterEvents counter
                && counter.matchers().stream().allMatch(m -> m.op() == MatchOp.EQ)) && separable(sli);
    }

    /** The labels the SLI's recordings (and so its alerts) carry besides slo and service. */
    static Map<String, String> byLabels(Sli sli) {
        Map<String, String> labels = new TreeMap<>();
        for (String label : sli.by()) {
            labels.put(label, BY_VALUE);
        }
        return labels;
    }

    /** The series until {@code end} minutes. */
    static List<TestSeries> series(Sli sli, BigDecimal perMinute, BigDecimal bad, long burnFrom, long end) {
        String all = values(perMinute, perMinute, burnFrom, end);
        String bads = values(BigDecimal.ZERO, bad, burnFrom, end);
        String goods = values(perMinute, perMinute.subtract(bad), burnFrom, end);
        List<TestSeries> out = new ArrayList<>();
        if (sli instanceof LatencySli latency) {
            out.add(new TestSeries(selector(latency.histogram() + "_bucket", SliQueries.bucketMatchers(latency), sli), goods));
            out.add(new TestSeries(selector(latency.histogram() + "_count", latency.matchers(), sli), all));
            return out;
        }
        RatioSli ratio = (RatioSli) sli;
        if (ratio.total().isEmpty()) {
            out.add(new TestSeries(selector(ratio.good().get(), sli), goods));
            out.add(new TestSeries(selector(ratio.bad().get(), sli), bads));
            return out;
        }
        boolean good = ratio.good().isPresent();
        CounterEvents part = (CounterEvents) (good ? ratio.good() : ratio.bad()).orElseThrow();
        CounterEvents total = (CounterEvents) ratio.total().get();
        Map<String, String> partLabels = labels(part.matchers(), sli);
        out.add(new TestSeries(render(part.metric(), partLabels), good ? goods : bads));
        if (!selects(total, part.metric(), partLabels)) {
            out.add(new TestSeries(render(total.metric(), labels(total.matchers(), sli)), all));
            return out;
        }
        // The total's selector also selects the good (or bad) series, as requests{} selects
        // requests{status="500"}: the rest of the events go to a sibling series it selects too.
        Map<String, String> rest = new TreeMap<>(partLabels);
        part.matchers().stream().map(Matcher::label)
                .filter(label -> total.matchers().stream().noneMatch(m -> m.label().equals(label)))
                .findFirst().ifPresent(label -> rest.put(label, rest.get(label) + "-other"));
        out.add(new TestSeries(render(total.metric(), rest), good ? bads : goods));
        return out;
    }

    /** Whether every matcher of the (equality-only) counter selector holds on these labels. */
    private static boolean selects(CounterEvents selector, String metric, Map<String, String> labels) {
        return selector.metric().equals(metric)
                && selector.matchers().stream().allMatch(m -> m.value().equals(labels.getOrDefault(m.label(), "")));
    }

    /** Whether {@link #series} can make the total's series distinct from the good (or bad) one. */
    static boolean separable(Sli sli) {
        if (!(sli instanceof RatioSli ratio) || ratio.total().isEmpty()) {
            return true;
        }
        CounterEvents part = (CounterEvents) ratio.good().or(ratio::bad).orElseThrow();
        CounterEvents total = (CounterEvents) ratio.total().get();
        return !selects(total, part.metric(), labels(part.matchers(), sli))
                || part.matchers().stream().anyMatch(p -> total.matchers().stream().noneMatch(t -> t.label().equals(p.label())));
    }

    /** The labels of the no-data alert: absent() keeps the equality matchers of its first selector. */
    static Map<String, String> absentLabels(Sli sli) {
        List<Matcher> matchers = sli instanceof LatencySli latency ? latency.matchers()
                : ((CounterEvents) ((RatioSli) sli).total().or(((RatioSli) sli)::good).orElseThrow()).matchers();
        Map<String, String> labels = new TreeMap<>();
        matchers.stream().filter(m -> m.op() == MatchOp.EQ).forEach(m -> labels.put(m.label(), m.value()));
        return labels;
    }

    private static String selector(EventSource source, Sli sli) {
        CounterEvents counter = (CounterEvents) source;
        return selector(counter.metric(), counter.matchers(), sli);
    }

    private static String selector(String metric, List<Matcher> matchers, Sli sli) {
        return render(metric, labels(matchers, sli));
    }

    private static Map<String, String> labels(List<Matcher> matchers, Sli sli) {
        Map<String, String> labels = byLabels(sli);
        matchers.forEach(m -> labels.put(m.label(), m.value()));
        return labels;
    }

    private static String render(String metric, Map<String, String> labels) {
        return metric + labels.entrySet().stream().map(e -> new Matcher(e.getKey(), MatchOp.EQ, e.getValue()).toString())
                .collect(Collectors.joining(", ", "{", "}"));
    }

    /** A counter growing {@code before} a minute until {@code from}, then {@code after} a minute, until {@code end}. */
    static String values(BigDecimal before, BigDecimal after, long from, long end) {
        if (from >= end) {
            return segment(BigDecimal.ZERO, before, end);
        }
        if (from <= 0) {
            return segment(BigDecimal.ZERO, after, end);
        }
        BigDecimal atFrom = before.multiply(BigDecimal.valueOf(from));
        return segment(BigDecimal.ZERO, before, from) + " " + segment(atFrom.add(after), after, end - from - 1);
    }

    private static String segment(BigDecimal start, BigDecimal perMinute, long steps) {
        String from = BurnFactors.text(start);
        return perMinute.signum() == 0 ? from + "x" + steps : from + "+" + BurnFactors.text(perMinute) + "x" + steps;
    }

}
