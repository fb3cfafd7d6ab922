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

    /**
     * The labels the SLI's recordings (and so its alerts) carry besides slo and service: its
     * {@code by} labels, as the synthetic series set them ({@link #BY_VALUE}, or the value an
     * equality matcher of the SLI asks for).
     */
    static Map<String, String> byLabels(Sli sli) {
        Map<String, String> series = inputs(sli).get(0).labels();
        Map<String, String> labels = new TreeMap<>();
        for (String label : sli.by()) {
            labels.put(label, series.get(label));
        }
        return labels;
    }

    /** The series until {@code end} minutes. */
    static List<TestSeries> series(Sli sli, BigDecimal perMinute, BigDecimal bad, long burnFrom, long end) {
        Map<Events, String> values = Map.of(
                Events.ALL, values(perMinute, perMinute, burnFrom, end),
                Events.BAD, values(BigDecimal.ZERO, bad, burnFrom, end),
                Events.GOOD, values(perMinute, perMinute.subtract(bad), burnFrom, end));
        return inputs(sli).stream().map(in -> new TestSeries(render(in.metric(), in.labels()), values.get(in.events()))).toList();
    }

    /** Which events a synthetic series counts. */
    private enum Events { ALL, BAD, GOOD }

    /** One synthetic series: its metric and labels, and what it counts. */
    private record Input(String metric, Map<String, String> labels, Events events) {
    }

    private static List<Input> inputs(Sli sli) {
        List<Input> out = new ArrayList<>();
        if (sli instanceof LatencySli latency) {
            out.add(new Input(latency.histogram() + "_bucket", labels(SliQueries.bucketMatchers(latency), sli), Events.GOOD));
            out.add(new Input(latency.histogram() + "_count", labels(latency.matchers(), sli), Events.ALL));
            return out;
        }
        RatioSli ratio = (RatioSli) sli;
        if (ratio.total().isEmpty()) {
            CounterEvents good = (CounterEvents) ratio.good().get();
            CounterEvents bad = (CounterEvents) ratio.bad().get();
            out.add(new Input(good.metric(), labels(good.matchers(), sli), Events.GOOD));
            out.add(new Input(bad.metric(), labels(bad.matchers(), sli), Events.BAD));
            return out;
        }
        boolean good = ratio.good().isPresent();
        CounterEvents part = (CounterEvents) (good ? ratio.good() : ratio.bad()).orElseThrow();
        CounterEvents total = (CounterEvents) ratio.total().get();
        Map<String, String> partLabels = labels(part.matchers(), sli);
        out.add(new Input(part.metric(), partLabels, good ? Events.GOOD : Events.BAD));
        if (!selects(total, part.metric(), partLabels)) {
            out.add(new Input(total.metric(), labels(total.matchers(), sli), Events.ALL));
            return out;
        }
        // The total's selector also selects the good (or bad) series, as requests{} selects
        // requests{status="500"}: the rest of the events go to a sibling series it selects too.
        Map<String, String> rest = new TreeMap<>(partLabels);
        part.matchers().stream().map(Matcher::label)
                .filter(label -> total.matchers().stream().noneMatch(m -> m.label().equals(label)))
                .findFirst().ifPresent(label -> rest.put(label, rest.get(label) + "-other"));
        out.add(new Input(total.metric(), rest, good ? Events.BAD : Events.GOOD));
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

    /**
     * Whether {@code other}'s recordings stay untouched by {@code tested}'s synthetic series: none of
     * its selectors selects one of them. An SLI over a free query may read anything, so it never is.
     */
    static boolean independent(Sli tested, Sli other) {
        List<Input> written = inputs(tested);
        List<CounterEvents> read = reads(other);
        return read != null && read.stream().noneMatch(selector -> written.stream().anyMatch(in ->
                selector.metric().equals(in.metric()) && selector.matchers().stream()
                        .allMatch(m -> m.matches(in.labels().getOrDefault(m.label(), "")))));
    }

    /** The selectors an SLI reads; null when one of its sources is a free query. */
    private static List<CounterEvents> reads(Sli sli) {
        if (sli instanceof LatencySli latency) {
            return List.of(new CounterEvents(latency.histogram() + "_bucket", SliQueries.bucketMatchers(latency)),
                    new CounterEvents(latency.histogram() + "_count", latency.matchers()));
        }
        List<CounterEvents> read = new ArrayList<>();
        for (EventSource source : ((RatioSli) sli).sources()) {
            if (!(source instanceof CounterEvents counter)) {
                return null;
            }
            read.add(counter);
        }
        return read;
    }

    private static Map<String, String> labels(List<Matcher> matchers, Sli sli) {
        Map<String, String> labels = new TreeMap<>();
        sli.by().forEach(label -> labels.put(label, BY_VALUE));
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
