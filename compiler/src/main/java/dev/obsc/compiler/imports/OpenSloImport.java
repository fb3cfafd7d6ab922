package dev.obsc.compiler.imports;

import dev.obsc.compiler.promql.AggregateExpr;
import dev.obsc.compiler.promql.Duration;
import dev.obsc.compiler.promql.Expr;
import dev.obsc.compiler.promql.FunctionCall;
import dev.obsc.compiler.promql.MatrixSelector;
import dev.obsc.compiler.promql.PromQL;
import dev.obsc.compiler.promql.VectorSelector;
import dev.obsc.model.BurnTier;
import dev.obsc.model.EventSource;
import dev.obsc.model.RatioSli;
import dev.obsc.model.Slo;
import dev.obsc.model.SloAlerting;
import dev.obsc.model.SloSeries;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * OpenSLO v1: {@code kind: SLO} with an inline {@code indicator} or an {@code indicatorRef} to a
 * {@code kind: SLI} (in any imported file) whose {@code ratioMetric} counts good or bad events and
 * total events from Prometheus queries; {@code Occurrences} budgeting over rolling time windows
 * (each window an obsc period) and one objective's {@code target} or {@code targetPercent}. With
 * {@code counter: true} the queries select counters (or aggregate them) and obsc takes their rate;
 * otherwise they already yield events per second. Timeslices, calendar windows, threshold and raw
 * metrics, other sources and several objectives are reported (IMPORT005).
 */
final class OpenSloImport {
    static final String API_VERSION = "openslo/v1";
    static final String SLI_NOT_FOUND = "IMPORT007";
    /** Durations OpenSLO allows that are whole Prometheus durations; months, quarters, years are calendar-like. */
    private static final Pattern ROLLING = Pattern.compile("[1-9][0-9]*[mhdw]");

    /** An SLI document, read where it was declared. */
    record SliDocument(SpecFields fields, SpecNode.Mapping spec) {
    }

    private final Map<String, SliDocument> slis;
    private final Map<String, String> datasourceTypes;
    private final InferredCatalog catalog;

    /** {@code slis}: every {@code kind: SLI} by name; {@code datasourceTypes}: every {@code kind: DataSource}'s type. */
    OpenSloImport(Map<String, SliDocument> slis, Map<String, String> datasourceTypes, InferredCatalog catalog) {
        this.slis = slis;
        this.datasourceTypes = datasourceTypes;
        this.catalog = catalog;
    }

    Optional<Slo> read(SpecFields fields, SpecNode.Mapping document) {
        Optional<SpecNode.Mapping> metadata = fields.requiredMapping(document, "metadata", "the OpenSLO SLO");
        Optional<String> name = metadata.flatMap(m -> fields.required(m, "name", "the SLO's metadata"))
                .map(SpecNode.Scalar::text);
        String what = "SLO " + name.orElse("?");
        Optional<SpecNode.Mapping> spec = fields.requiredMapping(document, "spec", what);
        if (spec.isEmpty()) {
            return Optional.empty();
        }
        SpecNode.Mapping s = spec.get();
        String service = fields.required(s, "service", what).map(SpecNode.Scalar::text).orElse("");
        Map<String, String> labels = metadata.map(m -> (Map<String, String>) fields.strings(m, "labels")).orElse(Map.of());
        String team = Optional.ofNullable(labels.get("team")).or(() -> Optional.ofNullable(labels.get("owner")))
                .orElse(service);
        boolean occurrences = budgeting(fields, s, what);
        List<String> periods = periods(fields, s, what);
        Optional<BigDecimal> objective = objective(fields, s, what);
        Optional<RatioSli> sli = indicator(fields, s, what);
        if (s.get("alertPolicies").isPresent()) {
            fields.warning(AlertExtras.IGNORED, s.get("alertPolicies").get(), what + "'s alertPolicies are not"
                    + " imported; obsc alerts with the SRE Workbook's burn-rate tiers");
        }
        Map<String, String> annotations = metadata.map(m -> (Map<String, String>) fields.strings(m, "annotations"))
                .orElse(Map.of());
        String runbook = annotations.getOrDefault("runbook_url", annotations.getOrDefault("runbook", ""));
        if (runbook.isBlank()) {
            fields.error(SpecImporter.NO_RUNBOOK, metadata.map(m -> (SpecNode) m).orElse(document), what + " has no"
                    + " runbook, and every obsc SLO alert links one; add metadata.annotations.runbook_url with an http(s) URL");
        }
        if (name.isEmpty() || !occurrences || periods.isEmpty() || objective.isEmpty() || sli.isEmpty()
                || runbook.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Slo(name.get(), service, team, fields.text(s, "description").orElse(""),
                objective.get(), periods, sli.get(), BurnTier.workbook(), Optional.empty(), Optional.empty(), runbook,
                SloAlerting.NONE, fields.at(document)));
    }

    private boolean budgeting(SpecFields fields, SpecNode.Mapping spec, String what) {
        Optional<SpecNode.Scalar> method = fields.required(spec, "budgetingMethod", what);
        if (method.isPresent() && !method.get().text().equals("Occurrences")) {
            fields.unsupported(method.get(), what + " budgets by " + method.get().text() + "; obsc budgets by"
                    + " occurrences (good events among all events), so only budgetingMethod: Occurrences imports");
            return false;
        }
        return method.isPresent();
    }

    private List<String> periods(SpecFields fields, SpecNode.Mapping spec, String what) {
        List<SpecNode> windows = fields.list(spec, "timeWindow");
        if (windows.isEmpty()) {
            fields.error(SpecFields.MISSING, spec, what + " has no 'timeWindow'");
        }
        List<String> periods = new ArrayList<>();
        boolean valid = true;
        for (SpecNode node : windows) {
            Optional<SpecNode.Mapping> window = fields.asMapping(node, "a timeWindow");
            if (window.isEmpty()) {
                valid = false;
                continue;
            }
            boolean rolling = fields.flag(window.get(), "isRolling");
            if (!rolling || window.get().get("calendar").isPresent()) {
                fields.unsupported(node, what + " has a calendar time window; obsc periods are rolling windows"
                        + " (isRolling: true with a duration such as 28d)");
                valid = false;
                continue;
            }
            Optional<SpecNode.Scalar> duration = fields.required(window.get(), "duration", "a timeWindow of " + what);
            if (duration.isPresent() && !ROLLING.matcher(duration.get().text()).matches()) {
                fields.unsupported(duration.get(), what + " has time window '" + duration.get().text() + "'; obsc"
                        + " periods are whole minutes, hours, days or weeks, e.g. 28d");
                valid = false;
            } else if (duration.isPresent()) {
                periods.add(duration.get().text());
            } else {
                valid = false;
            }
        }
        return valid ? periods : List.of();
    }

    private Optional<BigDecimal> objective(SpecFields fields, SpecNode.Mapping spec, String what) {
        List<SpecNode> objectives = fields.list(spec, "objectives");
        if (objectives.isEmpty()) {
            fields.error(SpecFields.MISSING, spec, what + " has no 'objectives'");
            return Optional.empty();
        }
        if (objectives.size() > 1) {
            fields.unsupported(objectives.get(1), what + " has " + objectives.size() + " objectives; an obsc SLO"
                    + " has one objective, so declare one SLO per objective");
            return Optional.empty();
        }
        Optional<SpecNode.Mapping> objective = fields.asMapping(objectives.get(0), "an objective");
        if (objective.isEmpty()) {
            return Optional.empty();
        }
        for (String timeslices : List.of("timeSliceTarget", "timeSliceWindow")) {
            if (objective.get().get(timeslices).isPresent()) {
                fields.unsupported(objective.get().get(timeslices).get(), what + " sets " + timeslices
                        + ", which only Timeslices budgeting uses; obsc budgets by occurrences");
                return Optional.empty();
            }
        }
        Optional<SpecNode.Scalar> target = fields.scalar(objective.get(), "target");
        Optional<SpecNode.Scalar> targetPercent = fields.scalar(objective.get(), "targetPercent");
        if (target.isEmpty() && targetPercent.isEmpty()) {
            fields.error(SpecFields.MISSING, objective.get(), what + "'s objective has neither 'target' nor 'targetPercent'");
            return Optional.empty();
        }
        SpecNode.Scalar given = target.orElseGet(targetPercent::get);
        Optional<BigDecimal> share = Objectives.share(given.text(), target.isEmpty());
        if (share.isPresent()) {
            return share;
        }
        fields.error(SpecFields.WRONG_SHAPE, given, what + " has objective '" + given.text() + "'; 'target' is a"
                + " share between 0 and 1 (0.995), 'targetPercent' a percentage between 0 and 100 (99.5)");
        return Optional.empty();
    }

    private Optional<RatioSli> indicator(SpecFields fields, SpecNode.Mapping spec, String what) {
        Optional<SpecNode.Mapping> inline = fields.mapping(spec, "indicator");
        if (inline.isPresent()) {
            return fields.requiredMapping(inline.get(), "spec", what + "'s indicator")
                    .flatMap(sli -> ratio(fields, sli, what));
        }
        Optional<SpecNode.Scalar> ref = fields.required(spec, "indicatorRef", what + " (it needs 'indicator' or 'indicatorRef')");
        if (ref.isEmpty()) {
            return Optional.empty();
        }
        SliDocument sli = slis.get(ref.get().text());
        if (sli == null) {
            fields.error(SLI_NOT_FOUND, ref.get(), what + " refers to SLI '" + ref.get().text() + "', which no imported"
                    + " file declares (kind: SLI); declared: "
                    + (slis.isEmpty() ? "none" : String.join(", ", new java.util.TreeSet<>(slis.keySet()))));
            return Optional.empty();
        }
        return sli.fields().requiredMapping(sli.spec(), "spec", "SLI '" + ref.get().text() + "'")
                .flatMap(s -> ratio(sli.fields(), s, what));
    }

    private Optional<RatioSli> ratio(SpecFields fields, SpecNode.Mapping sli, String what) {
        for (String other : List.of("thresholdMetric", "rawMetric")) {
            if (sli.get(other).isPresent()) {
                fields.unsupported(sli.get(other).get(), what + "'s SLI is a " + other + "; obsc imports ratioMetric"
                        + " SLIs (good or bad events among total events)");
                return Optional.empty();
            }
        }
        Optional<SpecNode.Mapping> ratio = fields.requiredMapping(sli, "ratioMetric", what + "'s SLI");
        if (ratio.isEmpty()) {
            return Optional.empty();
        }
        SpecNode.Mapping r = ratio.get();
        if (r.get("raw").isPresent() || r.get("rawType").isPresent()) {
            fields.unsupported(r.get("raw").or(() -> r.get("rawType")).get(), what + " has a raw ratio, which obsc"
                    + " cannot weight by traffic over long windows; give good or bad events and total events");
            return Optional.empty();
        }
        boolean counter = fields.flag(r, "counter");
        Optional<SliQueryImport.Parsed> total = events(fields, r, "total", counter, what);
        if (r.get("good").isPresent() == r.get("bad").isPresent()) {
            fields.error(SpecFields.MISSING, r, what + "'s ratioMetric needs exactly one of 'good' and 'bad', besides 'total'");
            return Optional.empty();
        }
        boolean good = r.get("good").isPresent();
        Optional<SliQueryImport.Parsed> events = events(fields, r, good ? "good" : "bad", counter, what);
        if (total.isEmpty() || events.isEmpty()) {
            return Optional.empty();
        }
        List<String> by = CounterShapes.sumBy(total.get().expr());
        EventSource counted = CounterShapes.events(events.get(), by);
        EventSource all = CounterShapes.events(total.get(), by);
        return Optional.of(good ? RatioSli.goodOverTotal(counted, all, by) : RatioSli.badOverTotal(counted, all, by));
    }

    /** The events per second of {@code ratio.key}, from its Prometheus query (its rate when it is a counter). */
    private Optional<SliQueryImport.Parsed> events(SpecFields fields, SpecNode.Mapping ratio, String key, boolean counter,
                                         String what) {
        Optional<SpecNode.Mapping> metric = fields.requiredMapping(ratio, key, what + "'s ratioMetric");
        Optional<SpecNode.Mapping> source = metric.flatMap(m -> fields.requiredMapping(m, "metricSource",
                what + "'s ratioMetric." + key));
        if (source.isEmpty()) {
            return Optional.empty();
        }
        String type = fields.text(source.get(), "type")
                .or(() -> fields.text(source.get(), "metricSourceRef").map(ref -> datasourceTypes.getOrDefault(ref, "")))
                .orElse("");
        if (!type.toLowerCase(Locale.ROOT).equals("prometheus")) {
            fields.unsupported(source.get(), what + "'s " + key + " events come from a " + (type.isEmpty() ? "unknown" : type)
                    + " source; obsc imports Prometheus metric sources (type: Prometheus)");
            return Optional.empty();
        }
        Optional<SpecNode.Scalar> query = fields.requiredMapping(source.get(), "spec", what + "'s metricSource")
                .flatMap(spec -> fields.required(spec, "query", what + "'s metricSource.spec"));
        SliQueryImport queries = new SliQueryImport(fields, catalog);
        Optional<SliQueryImport.Parsed> parsed = query.flatMap(q -> queries.read(q, what + "'s " + key + " query", counter));
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        if (!counter) {
            return parsed;
        }
        Optional<Expr> perSecond = rateOf(parsed.get().expr());
        if (perSecond.isEmpty()) {
            fields.unsupported(query.get(), what + "'s " + key + " query is marked 'counter: true' but is not a counter"
                    + " selector or an aggregation of one, so obsc cannot take its rate; select the counter"
                    + " (e.g. sum(http_requests_total{code!~\"5..\"})) or give a per-second query with counter: false");
            return Optional.empty();
        }
        return Optional.of(new SliQueryImport.Parsed(PromQL.print(perSecond.get()), perSecond.get()));
    }

    /** {@code x} becomes {@code rate(x[5m])}; {@code sum by (l) (x)} becomes {@code sum by (l) (rate(x[5m]))}. */
    private static Optional<Expr> rateOf(Expr counter) {
        Duration base = Duration.parse(SloSeries.BASE_WINDOW).orElseThrow();
        if (counter instanceof VectorSelector selector) {
            return Optional.of(FunctionCall.of("rate", MatrixSelector.of(selector, base)));
        }
        if (counter instanceof AggregateExpr aggregate && aggregate.parameter().isEmpty()
                && aggregate.body() instanceof VectorSelector selector) {
            return Optional.of(AggregateExpr.of(aggregate.op(),
                    FunctionCall.of("rate", MatrixSelector.of(selector, base)), aggregate.grouping()));
        }
        return Optional.empty();
    }

}
