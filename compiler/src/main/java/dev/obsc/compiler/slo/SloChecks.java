package dev.obsc.compiler.slo;

import dev.obsc.compiler.diagnostics.Diagnostics;
import dev.obsc.compiler.promql.Duration;
import dev.obsc.model.BurnTier;
import dev.obsc.model.CounterEvents;
import dev.obsc.model.EventSource;
import dev.obsc.model.LatencySli;
import dev.obsc.model.Metric;
import dev.obsc.model.MetricKind;
import dev.obsc.model.RatioSli;
import dev.obsc.model.Slo;
import dev.obsc.model.SloSeries;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What makes an SLO meaningless or its alerts unable to fire, reported before it is expanded
 * (SLO001-SLO014). An SLO with an error is not expanded, so its mistakes are reported once, here.
 */
final class SloChecks {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9_-]*");
    private static final Pattern TIER_NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]*");

    private final Map<String, Metric> metrics;
    private final Diagnostics all;
    /** Tiers with the periods and objective they were checked for, found without problems; shared by every SLO's check. */
    private final Set<List<Object>> cleanTiers;
    /** The diagnostics of the SLO being checked, so that its errors are known without sorting all. */
    private final Diagnostics out;

    SloChecks(List<Metric> metrics, Diagnostics out) {
        this(metrics.stream().collect(Collectors.toMap(Metric::name, m -> m, (a, b) -> a, HashMap::new)), out,
                java.util.concurrent.ConcurrentHashMap.newKeySet(), null);
    }

    private SloChecks(Map<String, Metric> metrics, Diagnostics all, Set<List<Object>> cleanTiers, Diagnostics out) {
        this.metrics = metrics;
        this.all = all;
        this.cleanTiers = cleanTiers;
        this.out = out;
    }

    /** The SLOs without errors, in declaration order; every problem of the others is reported. */
    List<Slo> valid(List<Slo> slos) {
        // Each SLO is checked on its own, in parallel; its problems are reported in declaration order.
        List<Diagnostics> found = slos.parallelStream().map(slo -> {
            SloChecks one = new SloChecks(metrics, all, cleanTiers, new Diagnostics());
            one.check(slo);
            return one.out;
        }).toList();
        Map<String, Slo> byName = new HashMap<>();
        List<Slo> valid = new ArrayList<>();
        for (int i = 0; i < slos.size(); i++) {
            Slo slo = slos.get(i);
            all.addAll(found.get(i).sorted());
            boolean ok = !found.get(i).hasErrors();
            Slo earlier = byName.putIfAbsent(slo.name(), slo);
            if (earlier != null) {
                all.error("SLO005", slo.position(), "SLO '" + slo.name() + "' is declared twice; the first is at "
                        + earlier.position() + ". SLO names label every series and alert, so they must be unique");
                ok = false;
            }
            if (ok) {
                valid.add(slo);
            }
        }
        return valid;
    }

    private void check(Slo slo) {
        String what = "SLO '" + slo.name() + "'";
        if (!NAME.matcher(slo.name()).matches()) {
            out.error("SLO008", slo.position(), what + ": the name must match [a-zA-Z][a-zA-Z0-9_-]*, since it names"
                    + " rule groups, alerts and test files");
        }
        BigDecimal objective = slo.objective();
        if (objective.signum() <= 0 || objective.compareTo(BigDecimal.ONE) >= 0) {
            out.error("SLO001", slo.position(), what + " has objective " + objective.toPlainString()
                    + "; it must lie strictly between 0 and 1, e.g. objective(\"0.99\") for 99%");
        }
        if (slo.team().isBlank() || slo.service().isBlank()) {
            out.error("SLO010", slo.position(), what + " has no owner; call owner(team, service) so its alerts"
                    + " reach the team");
        }
        if (!slo.runbookUrl().startsWith("http://") && !slo.runbookUrl().startsWith("https://")) {
            out.error("SLO011", slo.position(), what + " needs a runbook URL (http or https) for its alerts, got '"
                    + slo.runbookUrl() + "'");
        }
        slo.alertFor().ifPresent(d -> {
            if (Duration.parse(d).isEmpty()) {
                out.error("SLO012", slo.position(), what + " has alert pending period '" + d
                        + "', which is not a Prometheus duration such as 5m");
            }
        });
        List<String> periods = checkPeriods(slo, what);
        checkSli(slo, what);
        checkTiers(slo, what, periods);
    }

    /** The valid periods. */
    private List<String> checkPeriods(Slo slo, String what) {
        if (slo.periods().isEmpty()) {
            out.error("SLO002", slo.position(), what + " has no period; declare one, e.g. periods(\"30d\")");
        }
        Set<Long> seen = new HashSet<>();
        return slo.periods().stream().filter(period -> {
            Optional<Duration> parsed = Duration.parse(period);
            if (parsed.isEmpty() || parsed.get().seconds() <= 0) {
                out.error("SLO002", slo.position(), what + " has period '" + period
                        + "', which is not a positive Prometheus duration such as 30d");
                return false;
            }
            if (!seen.add(parsed.get().seconds())) {
                out.error("SLO002", slo.position(), what + " declares period '" + period + "' twice");
                return false;
            }
            return true;
        }).toList();
    }

    private void checkSli(Slo slo, String what) {
        if (slo.sli() instanceof LatencySli latency) {
            Metric histogram = metrics.get(latency.histogram());
            if (histogram == null || histogram.kind() != MetricKind.HISTOGRAM) {
                out.error("SLO004", slo.position(), what + " measures latency with '" + latency.histogram()
                        + "', which is not a histogram of the catalog");
                return;
            }
            checkBy(slo, what, histogram);
            if (histogram.buckets().stream().noneMatch(b -> b.compareTo(latency.threshold()) == 0)) {
                out.error("SLO003", slo.position(), what + " has latency threshold " + latency.threshold().toPlainString()
                        + ", which is not a bucket boundary of " + latency.histogram() + ", so no series counts the"
                        + " events under it; " + nearest(histogram.buckets(), latency.threshold()));
            }
            return;
        }
        RatioSli ratio = (RatioSli) slo.sli();
        if (ratio.sources().size() != 2) {
            out.error("SLO009", slo.position(), what + " needs an SLI: exactly two of good, bad and total events, e.g."
                    + " badOverTotal(errors, requests), goodAndBad(hits, misses), or latency(histogram, threshold)");
        }
        Set<String> checked = new HashSet<>();
        for (EventSource source : ratio.sources()) {
            if (source instanceof CounterEvents counter && checked.add(counter.metric())) {
                Metric metric = metrics.get(counter.metric());
                if (metric == null || metric.kind() != MetricKind.COUNTER) {
                    out.error("SLO004", slo.position(), what + " counts events with '" + counter.metric()
                            + "', which is not a counter of the catalog; SLIs count events with counters"
                            + " (or Events.perSecond(query))");
                } else {
                    checkBy(slo, what, metric);
                }
            }
        }
    }

    /** The SLI is aggregated by labels its metrics carry; otherwise every recording and alert would lack them. */
    private void checkBy(Slo slo, String what, Metric metric) {
        for (String label : slo.sli().by()) {
            if (!metric.labels().contains(label)) {
                out.error("SLO014", slo.position(), what + " is aggregated by '" + label + "', which " + metric.name()
                        + " does not carry (it has " + metric.labels() + ")");
            }
        }
    }

    private static String nearest(List<BigDecimal> buckets, BigDecimal threshold) {
        Optional<BigDecimal> below = buckets.stream().filter(b -> b.compareTo(threshold) < 0).max(BigDecimal::compareTo);
        Optional<BigDecimal> above = buckets.stream().filter(b -> b.compareTo(threshold) > 0).min(BigDecimal::compareTo);
        String near = java.util.stream.Stream.of(below, above).flatMap(Optional::stream)
                .map(BigDecimal::toPlainString).collect(Collectors.joining(" or "));
        return near.isEmpty() ? "the histogram declares no buckets" : "the nearest boundaries are " + near;
    }

    private void checkTiers(Slo slo, String what, List<String> periods) {
        Set<String> names = new HashSet<>();
        for (BurnTier tier : slo.tiers()) {
            String tierWhat = what + ", burn tier '" + tier.name() + "',";
            if (!TIER_NAME.matcher(tier.name()).matches() || !names.add(tier.name())) {
                out.error("SLO013", slo.position(), tierWhat + " needs a unique name matching [a-zA-Z][a-zA-Z0-9_]*");
            }
            // Thousands of SLOs share a handful of tiers, periods and objectives: what passed once passes again.
            List<Object> checked = List.of(tier, periods, slo.objective().stripTrailingZeros());
            if (cleanTiers.contains(checked)) {
                continue;
            }
            int problems = out.sorted().size();
            checkTier(slo, tier, periods, tierWhat);
            if (out.sorted().size() == problems) {
                cleanTiers.add(checked);
            }
        }
    }

    private void checkTier(Slo slo, BurnTier tier, List<String> periods, String tierWhat) {
        Optional<Duration> longWindow = Duration.parse(tier.longWindow());
        Optional<Duration> shortWindow = Duration.parse(tier.shortWindow());
        if (longWindow.isEmpty() || shortWindow.isEmpty() || shortWindow.get().seconds() <= 0) {
            out.error("SLO006", slo.position(), tierWhat + " has windows '" + tier.longWindow() + "' and '"
                    + tier.shortWindow() + "'; both must be positive Prometheus durations such as 1h and 5m");
            return;
        }
        if (shortWindow.get().compareTo(longWindow.get()) >= 0) {
            out.error("SLO006", slo.position(), tierWhat + " has short window " + tier.shortWindow()
                    + " not shorter than its long window " + tier.longWindow());
        }
        if (shortWindow.get().seconds() < BurnFactors.seconds(SloSeries.BASE_WINDOW)) {
            out.error("SLO006", slo.position(), tierWhat + " has short window " + tier.shortWindow()
                    + ", shorter than the " + SloSeries.BASE_WINDOW + " base window every window is built from");
        }
        for (String period : periods) {
            if (longWindow.get().seconds() >= BurnFactors.seconds(period)) {
                out.error("SLO006", slo.position(), tierWhat + " has long window " + tier.longWindow()
                        + ", not shorter than period " + period + "; drop the tier (withoutTier) or use a longer period");
                continue;
            }
            checkFactor(slo, tier, period, tierWhat);
        }
    }

    private void checkFactor(Slo slo, BurnTier tier, String period, String tierWhat) {
        if (slo.objective().signum() <= 0 || slo.objective().compareTo(BigDecimal.ONE) >= 0) {
            return;
        }
        if (tier.factor().isEmpty() && tier.budgetShare().signum() <= 0) {
            out.error("SLO007", slo.position(), tierWhat + " has budget share " + tier.budgetShare().toPlainString()
                    + "; it must be positive");
            return;
        }
        BigDecimal factor = BurnFactors.factor(tier, period);
        BigDecimal threshold = factor.multiply(slo.errorBudget());
        if (factor.signum() <= 0) {
            out.error("SLO007", slo.position(), tierWhat + " has factor " + BurnFactors.text(factor)
                    + " for period " + period + "; it must be positive");
        } else if (threshold.compareTo(BigDecimal.ONE) >= 0) {
            out.error("SLO007", slo.position(), tierWhat + " alerts at " + BurnFactors.text(factor) + "x for period "
                    + period + ", an error ratio of " + BurnFactors.text(threshold) + ": more than all events failing, so"
                    + " it can never fire. Lower the factor (tierFactor) or drop the tier (withoutTier)");
        }
    }
}
