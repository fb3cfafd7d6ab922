package dev.obsc.compiler.slo;

import dev.obsc.model.AlertExpectation;
import dev.obsc.model.AlertRule;
import dev.obsc.model.BurnTier;
import dev.obsc.model.ExpectedAlert;
import dev.obsc.model.ExprExpectation;
import dev.obsc.model.RuleTest;
import dev.obsc.model.Slo;
import dev.obsc.model.SloSeries;
import dev.obsc.model.TestSeries;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The generated proof that an SLO's alerts work: per period and burn tier a promtool test file with
 * three tests, and one no-data test per SLO.
 * <ul>
 * <li>fires: healthy traffic for half a long window, then a burn just above the tier's factor; silent
 * half a window later, firing (with its exact annotations) once the long window, the base window
 * and the pending period have passed;</li>
 * <li>below: a burn just under the factor from the start never fires;</li>
 * <li>zero traffic: nothing fires and the ratio, burn-rate and budget recordings have no sample.</li>
 * </ul>
 * Inputs are sampled every minute; the file's evaluation interval is 1/30 of the long window, so a
 * 3-day tier's tests take about 85 evaluations rather than 8,000.
 */
final class SloRuleTests {
    /** Events a minute in the synthetic traffic. */
    private static final BigDecimal TRAFFIC = new BigDecimal("600");
    private static final BigDecimal BELOW = new BigDecimal("0.9");
    private static final List<BigDecimal> ABOVE = List.of(new BigDecimal("1.1"), new BigDecimal("1.11"),
            new BigDecimal("1.12"), new BigDecimal("1.13"), new BigDecimal("1.14"));
    private static final MathContext EXACT = MathContext.DECIMAL128;
    private static final long BASE_MINUTES = BurnFactors.seconds(SloSeries.BASE_WINDOW) / 60;
    /** Evaluations per long window: enough for the windows to average, few enough to keep make test quick. */
    private static final long STEPS_PER_WINDOW = 30;
    /** The zero-traffic test's evaluations: with no traffic no evaluation records anything anyway. */
    private static final long ZERO_TRAFFIC_STEPS = 5;

    private SloRuleTests() {
    }

    static List<RuleTest> of(Slo slo, ServiceSloAlerts alerts) {
        if (!TestInputs.supported(slo.sli())) {
            return List.of();
        }
        Optional<String> order = Optional.of(slo.name());
        List<RuleTest> tests = new ArrayList<>();
        for (String period : slo.periods()) {
            for (BurnTier tier : slo.tiers()) {
                AlertRule alert = alerts.burnAlert(slo.name(), period, tier.name());
                if (isolated(slo, alerts.sharing(alert, slo))) {
                    tests.addAll(tierTests(slo, period, tier, alert, order));
                }
            }
        }
        AlertRule noData = alerts.noData().get(slo.name());
        List<Slo> sharing = alerts.sharing(noData, slo);
        if (isolated(slo, sharing) && sharing.stream().allMatch(other -> TestInputs.supported(other.sli()))) {
            tests.addAll(noDataTests(slo, noData, sharing, order));
        }
        return tests;
    }

    /**
     * A test of one SLO loads its whole service's rules: an alert rule it shares with other SLOs
     * fires for them too if they read the test's synthetic metrics, so then it gets no tests.
     */
    private static boolean isolated(Slo slo, List<Slo> sharing) {
        return sharing.stream().allMatch(other -> TestInputs.independent(slo.sli(), other.sli()));
    }

    /** The labels an alert of the service's SLOs carries for {@code slo}, besides the rule's own. */
    private static TreeMap<String, String> labelsOf(Slo slo, Map<String, String> more) {
        TreeMap<String, String> labels = new TreeMap<>(more);
        labels.put(SloSeries.SLO_LABEL, slo.name());
        return labels;
    }

    /** The alert's texts as Prometheus renders them for {@code slo}, its burn rate printed as {@code value}. */
    private static TreeMap<String, String> rendered(AlertRule alert, Slo slo, String value) {
        SloAlerts.Texts texts = new SloAlerts.Texts(alert.summary(), alert.description(), alert.runbookUrl()).renderedFor(slo);
        TreeMap<String, String> annotations = new TreeMap<>();
        annotations.put("summary", texts.summary());
        annotations.put("description", texts.description().replace(SloAlerts.VALUE_TEMPLATE, value));
        annotations.put("runbook_url", texts.runbook());
        return annotations;
    }

    private static List<RuleTest> tierTests(Slo slo, String period, BurnTier tier, AlertRule alert, Optional<String> order) {
        String file = SloSeries.testFilePrefix(slo.name()) + "_" + period + "_" + tier.name();
        long window = BurnFactors.seconds(tier.longWindow()) / 60;
        long step = Math.max(1, window / STEPS_PER_WINDOW);
        long pending = ceil(ceil(slo.alertFor().map(BurnFactors::seconds).orElse(0L), 60) / 60, step);
        BigDecimal factor = BurnFactors.factor(tier, period);
        BigDecimal threshold = factor.multiply(slo.errorBudget());
        String what = "SLO " + slo.name() + " " + period + " " + tier.name();
        Optional<String> evaluation = Optional.of(step + "m");
        Map<String, String> by = TestInputs.byLabels(slo.sli());

        // Fires: healthy for half a long window, then burning just above the factor.
        long burnFrom = ceil(window / 2, step);
        long firesAt = ceil(burnFrom + window + BASE_MINUTES, step) + pending;
        Burn burn = aboveThreshold(slo, threshold, period, burnFrom, firesAt, step);
        TreeMap<String, String> annotations = rendered(alert, slo, GoFormat.fixed2(burn.rate));
        annotations.put(SloAlerts.BUDGET_LEFT, GoFormat.percentage(burn.budgetLeft));
        RuleTest fires = new RuleTest(file, what + ": burning " + BurnFactors.text(burn.multiplier)
                + "x the threshold fires within a long window", "1m",
                TestInputs.series(slo.sli(), TRAFFIC, burn.badPerMinute, burnFrom, firesAt), List.of(
                new AlertExpectation(minutes(ceil(burnFrom + window / 2, step)), alert.name(), List.of()),
                new AlertExpectation(minutes(firesAt), alert.name(), List.of(new ExpectedAlert(labelsOf(slo, by), annotations)))),
                List.of(), slo.position(), evaluation, order);

        // Below: burning just under the factor from the start never fires.
        long end = ceil(window + BASE_MINUTES, step) + pending + step;
        BigDecimal belowBad = TRAFFIC.multiply(threshold).multiply(BELOW);
        RuleTest below = new RuleTest(file, what + ": burning 0.9x the threshold never fires", "1m",
                TestInputs.series(slo.sli(), TRAFFIC, belowBad, 0, end), List.of(
                new AlertExpectation(minutes(step), alert.name(), List.of()),
                new AlertExpectation(minutes(ceil(window / 2, step)), alert.name(), List.of()),
                new AlertExpectation(minutes(end), alert.name(), List.of())),
                List.of(), slo.position(), evaluation, order);

        // Zero traffic: no alert, and no ratio, burn rate or budget (never NaN).
        long quiet = ZERO_TRAFFIC_STEPS * step;
        List<ExprExpectation> empty = new ArrayList<>();
        for (String series : List.of(SloSeries.errorRatio(tier.longWindow()), SloSeries.errorRatio(tier.shortWindow()),
                SloSeries.burnRate(tier.longWindow()), SloSeries.BUDGET_REMAINING)) {
            empty.add(new ExprExpectation(SloRecordingRules.select(slo, series), minutes(quiet), List.of()));
        }
        RuleTest zero = new RuleTest(file, what + ": zero traffic fires nothing and records no ratio", "1m",
                TestInputs.series(slo.sli(), BigDecimal.ZERO, BigDecimal.ZERO, 0, quiet), List.of(
                new AlertExpectation(minutes(quiet), alert.name(), List.of())), empty, slo.position(), evaluation, order);
        return List.of(fires, below, zero);
    }

    private record Burn(BigDecimal multiplier, BigDecimal badPerMinute, BigDecimal rate, BigDecimal budgetLeft) {
    }

    /** What a burn depends on; SLOs sharing an objective, period and tier share their test numbers. */
    private record BurnKey(BigDecimal budget, BigDecimal threshold, String period, long burnFrom, long at, long step) {
    }

    private static final Map<BurnKey, Burn> BURNS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A burn just above the threshold whose annotations render unambiguously. The burn rate over the
     * long window is exact once the window holds only burning samples; the budget left over the
     * period is computed from the recorded 5m rates as Prometheus evaluates them every {@code step}.
     */
    private static Burn aboveThreshold(Slo slo, BigDecimal threshold, String period, long burnFrom, long at, long step) {
        BurnKey key = new BurnKey(slo.errorBudget().stripTrailingZeros(), threshold.stripTrailingZeros(), period,
                burnFrom, at, step);
        return BURNS.computeIfAbsent(key, k -> chooseBurn(slo, threshold, period, burnFrom, at, step));
    }

    private static Burn chooseBurn(Slo slo, BigDecimal threshold, String period, long burnFrom, long at, long step) {
        Burn chosen = null;
        for (BigDecimal multiplier : ABOVE) {
            BigDecimal ratio = threshold.multiply(multiplier).min(BigDecimal.ONE);
            BigDecimal bad = TRAFFIC.multiply(ratio);
            BigDecimal rate = ratio.divide(slo.errorBudget(), EXACT);
            BigDecimal left = budgetLeft(slo, period, bad, burnFrom, at, step);
            chosen = new Burn(ratio.divide(threshold, EXACT).stripTrailingZeros(), bad, rate, left);
            if (!GoFormat.fixed2Ambiguous(rate) && !GoFormat.percentageAmbiguous(left)) {
                break;
            }
        }
        return chosen;
    }

    /**
     * 1 - (bad / all over the period) / budget, where each side is the average of the recorded 5m rates:
     * evaluated every {@code step} minutes from the first, a 5m rate over counters sampled each minute
     * from 0 covers min(t, 5) minutes of growth (no extrapolation past a counter's zero).
     */
    private static BigDecimal budgetLeft(Slo slo, String period, BigDecimal badPerMinute, long burnFrom, long at, long step) {
        long from = at - BurnFactors.seconds(period) / 60;
        BigDecimal bad = BigDecimal.ZERO;
        BigDecimal all = BigDecimal.ZERO;
        for (long t = step; t <= at; t += step) {
            if (t < from) {
                continue;
            }
            all = all.add(TRAFFIC.multiply(BigDecimal.valueOf(Math.min(t, BASE_MINUTES))));
            bad = bad.add(badPerMinute.multiply(BigDecimal.valueOf(Math.max(0, Math.min(t - burnFrom, BASE_MINUTES)))));
        }
        return BigDecimal.ONE.subtract(bad.divide(all, EXACT).divide(slo.errorBudget(), EXACT));
    }

    /** The source series stop; after the lookback and the pending period the no-data alert fires. */
    private static List<RuleTest> noDataTests(Slo slo, AlertRule alert, List<Slo> sharing, Optional<String> order) {
        long stop = 10;
        long firesAt = stop + BASE_MINUTES + BurnFactors.seconds(SloAlerts.NO_DATA_FOR) / 60 + 5;
        String name = alert.name();
        String file = SloSeries.testFilePrefix(slo.name()) + "_no_data";
        RuleTest present = new RuleTest(file, "SLO " + slo.name() + ": no data stays silent while its series exist", "1m",
                withHealthy(sharing, TestInputs.series(slo.sli(), TRAFFIC, BigDecimal.ZERO, 0, firesAt), firesAt), List.of(
                new AlertExpectation(minutes(firesAt), name, List.of())),
                List.of(), slo.position(), Optional.empty(), order);
        return List.of(present, new RuleTest(file,
                "SLO " + slo.name() + ": no data fires once its source series are gone", "1m",
                withHealthy(sharing, TestInputs.series(slo.sli(), TRAFFIC, BigDecimal.ZERO, 0, stop), firesAt), List.of(
                new AlertExpectation(minutes(stop), name, List.of()),
                new AlertExpectation(minutes(firesAt), name,
                        List.of(new ExpectedAlert(labelsOf(slo, Map.of()), rendered(alert, slo, ""))))),
                List.of(), slo.position(), Optional.empty(), order));
    }

    /** The inputs, plus error-free traffic until {@code end} for the other SLOs the no-data alert serves, which stay silent. */
    private static List<TestSeries> withHealthy(List<Slo> sharing, List<TestSeries> inputs, long end) {
        List<TestSeries> all = new ArrayList<>(inputs);
        sharing.forEach(other -> all.addAll(TestInputs.series(other.sli(), TRAFFIC, BigDecimal.ZERO, 0, end)));
        return all;
    }

    private static long ceil(long minutes, long step) {
        return (minutes + step - 1) / step * step;
    }

    private static String minutes(long minutes) {
        return minutes + "m";
    }
}
