package dev.obsc.compiler.slo;

import dev.obsc.model.CounterEvents;
import dev.obsc.model.EventSource;
import dev.obsc.model.LatencySli;
import dev.obsc.model.Matcher;
import dev.obsc.model.MatchOp;
import dev.obsc.model.QueryEvents;
import dev.obsc.model.RatioSli;
import dev.obsc.model.Sli;
import dev.obsc.model.SloSeries;

import java.util.ArrayList;
import java.util.List;

/**
 * The only queries of an SLO that read raw metrics: bad and all events per second over the base
 * window, summed by the SLI's labels. A source that has no series yet (no error has happened, so
 * the error counter was never created) counts as 0 events
 * rather than hiding the other side: {@code bad or total * 0}.
 */
final class SliQueries {
    private SliQueries() {
    }

    /** Bad events per second. */
    static String errorRate(Sli sli) {
        Shape s = Shape.of(sli);
        if (s.bad != null) {
            String other = s.total != null ? s.total : s.good;
            return s.bad + " or " + other + " * 0";
        }
        return s.total + " - (" + s.good + " or " + s.total + " * 0)";
    }

    /** All events per second. */
    static String totalRate(Sli sli) {
        Shape s = Shape.of(sli);
        if (s.total != null) {
            return s.total;
        }
        return "(" + s.good + " or " + s.bad + " * 0) + (" + s.bad + " or " + s.good + " * 0)";
    }

    static String selector(String metric, List<Matcher> matchers) {
        return new CounterEvents(metric, matchers).selector();
    }

    /** The latency SLI's good events: the bucket at the threshold. */
    static List<Matcher> bucketMatchers(LatencySli latency) {
        List<Matcher> matchers = new ArrayList<>(latency.matchers());
        matchers.add(new Matcher("le", MatchOp.EQ, latency.threshold().toPlainString()));
        return matchers;
    }

    private static String perSecond(EventSource source, List<String> by) {
        String inner = source instanceof CounterEvents counter
                ? "rate(" + counter.selector() + "[" + SloSeries.BASE_WINDOW + "])"
                : ((QueryEvents) source).perSecond().promql();
        return sum(inner, by);
    }

    private static String sum(String inner, List<String> by) {
        return (by.isEmpty() ? "sum" : "sum by (" + String.join(", ", by) + ")") + " (" + inner + ")";
    }

    /** The SLI's event rates: whichever two of good, bad and total it declares. */
    private record Shape(String good, String bad, String total) {
        static Shape of(Sli sli) {
            if (sli instanceof LatencySli latency) {
                return new Shape(
                        sum("rate(" + selector(latency.histogram() + "_bucket", bucketMatchers(latency)) + "["
                                + SloSeries.BASE_WINDOW + "])", latency.by()),
                        null,
                        sum("rate(" + selector(latency.histogram() + "_count", latency.matchers()) + "["
                                + SloSeries.BASE_WINDOW + "])", latency.by()));
            }
            RatioSli ratio = (RatioSli) sli;
            return new Shape(ratio.good().map(s -> perSecond(s, ratio.by())).orElse(null),
                    ratio.bad().map(s -> perSecond(s, ratio.by())).orElse(null),
                    ratio.total().map(s -> perSecond(s, ratio.by())).orElse(null));
        }
    }
}
