package dev.obsc.compiler.promql;

import static dev.obsc.compiler.promql.PromQLDiagnostic.Code;
import static dev.obsc.compiler.promql.PromQLDiagnostic.Severity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Infers the type of a PromQL expression (value type, labels, series kind) against a
 * {@link SeriesCatalog} and reports every problem found as a {@link PromQLDiagnostic}.
 *
 * <p>It does Prometheus' own type checks (argument types and counts, scalar comparisons need
 * {@code bool}, set operators need vectors, ...) plus the catalog-aware checks Prometheus
 * cannot do: unknown metrics and labels, rate of a gauge, histogram_quantile misuse, ranges
 * too short for the scrape interval, and rule-specific checks chosen by {@link CheckOptions}.
 *
 * <p>After an error the checker carries on with the type the expression was meant to have, so
 * one run reports every problem without cascades.
 */
public final class TypeChecker {

    private static final String METRIC_NAME = LabelMatcher.METRIC_NAME_LABEL;
    private static final Set<String> RATE_FUNCTIONS = Set.of("rate", "irate", "increase");
    /** Functions whose result is the same series as their argument: the name and kind survive. */
    private static final Set<String> SERIES_PRESERVING_FUNCTIONS = Set.of("sort", "sort_desc", "label_replace", "label_join", "last_over_time");
    /** Aggregations whose result is still of the kind of the aggregated series (a sum of counters counts). */
    private static final Set<AggregationOp> KIND_PRESERVING_AGGREGATIONS = Set.of(
            AggregationOp.SUM, AggregationOp.MIN, AggregationOp.MAX, AggregationOp.AVG, AggregationOp.TOPK, AggregationOp.BOTTOMK);
    private static final int RECOMMENDED_SCRAPES_PER_RANGE = 4;

    private final SeriesCatalog catalog;
    private final CheckOptions options;

    public TypeChecker(SeriesCatalog catalog, CheckOptions options) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Parses and checks; a syntax error becomes a {@link Code#SYNTAX_ERROR} diagnostic. */
    public CheckResult check(String source) {
        Expr expr;
        try {
            expr = PromQL.parse(source);
        } catch (PromQLSyntaxException e) {
            PromQLDiagnostic syntaxError = new PromQLDiagnostic(Code.SYNTAX_ERROR, Severity.ERROR,
                    "syntax error: " + e.reason(), e.span());
            return new CheckResult(Optional.empty(), Optional.empty(), List.of(syntaxError));
        }
        return check(expr);
    }

    public CheckResult check(Expr expr) {
        Inference inference = new Inference();
        ExprType type = expr.accept(inference);
        inference.checkTopLevel(expr, type);
        List<PromQLDiagnostic> diagnostics = new ArrayList<>(inference.diagnostics);
        diagnostics.sort(Comparator.comparingInt((PromQLDiagnostic d) -> d.span().start())
                .thenComparing(d -> d.code().id()));
        return new CheckResult(Optional.of(expr), Optional.of(type), diagnostics);
    }

    /** One run over one tree; collects diagnostics as it goes. */
    private final class Inference implements ExprVisitor<ExprType> {

        private final List<PromQLDiagnostic> diagnostics = new ArrayList<>();

        private void report(Code code, Severity severity, String message, Span span) {
            diagnostics.add(new PromQLDiagnostic(code, severity, message, span));
        }

        private void error(Code code, String message, Span span) {
            report(code, Severity.ERROR, message, span);
        }

        // ---- top level -------------------------------------------------------------------

        void checkTopLevel(Expr expr, ExprType type) {
            Expr top = Ast.unwrapParens(expr);
            if (type.rawCounter()) {
                report(Code.BARE_COUNTER, Severity.WARNING, "the result is a raw counter, which only ever grows;"
                        + " wrap it in rate(...[5m]) or increase(...[1h])", top.span());
            }
            if (options.role() == CheckOptions.Role.QUERY) {
                return;
            }
            if (type.valueType() != ValueType.INSTANT_VECTOR && type.valueType() != ValueType.SCALAR) {
                error(Code.WRONG_TYPE, "a rule expression must be an instant vector or a scalar, not a "
                        + type.valueType().description(), top.span());
            }
            if (options.role() == CheckOptions.Role.RECORDING_RULE && top instanceof BinaryExpr) {
                BinaryExpr binary = (BinaryExpr) top;
                if (binary.op().isComparison() && !binary.returnBool()) {
                    error(Code.RECORDING_RULE_FILTERS, "this recording rule filters with '" + binary.op().symbol()
                            + "', so it records nothing when the comparison is false and an alert on its absence or"
                            + " on '== 0' can never fire; use '" + binary.op().symbol() + " bool' or move the comparison"
                            + " into the alert", binary.span());
                }
            }
            if (options.role() == CheckOptions.Role.ALERT && !isCondition(top)) {
                error(Code.ALERT_WITHOUT_CONDITION, "this alert has no condition, so it fires for every series the"
                        + " expression returns; end it with a comparison such as '> 0.05', or use absent(), 'and' or"
                        + " 'unless' to select the series that should alert", top.span());
            }
        }

        /** Whether the expression can filter series out, which is what makes an alert fire selectively. */
        private boolean isCondition(Expr expr) {
            Expr top = Ast.unwrapParens(expr);
            if (top instanceof BinaryExpr) {
                BinaryExpr binary = (BinaryExpr) top;
                switch (binary.op()) {
                    case AND:
                    case UNLESS:
                        return true;
                    case OR:
                        return isCondition(binary.lhs()) && isCondition(binary.rhs());
                    default:
                        return binary.op().isComparison() && !binary.returnBool();
                }
            }
            if (top instanceof FunctionCall) {
                String name = ((FunctionCall) top).name();
                return name.equals("absent") || name.equals("absent_over_time");
            }
            if (top instanceof AggregateExpr) {
                // topk/bottomk pick series, and any aggregation of a condition still filters.
                AggregateExpr aggregate = (AggregateExpr) top;
                return isCondition(aggregate.body());
            }
            return false;
        }

        // ---- leaves ----------------------------------------------------------------------

        @Override
        public ExprType visitNumber(NumberLiteral number) {
            return ExprType.SCALAR;
        }

        @Override
        public ExprType visitString(StringLiteral string) {
            return ExprType.STRING;
        }

        @Override
        public ExprType visitVectorSelector(VectorSelector selector) {
            Optional<String> name = selector.effectiveMetricName();
            if (name.isEmpty()) {
                return ExprType.of(ValueType.INSTANT_VECTOR);
            }
            Optional<SeriesInfo> info = catalog.lookup(name.get());
            if (info.isEmpty()) {
                error(Code.UNKNOWN_METRIC, "unknown metric '" + name.get() + "'"
                        + Suggestions.didYouMean(name.get(), catalog.metricNames())
                        + (Suggestions.closest(name.get(), catalog.metricNames()).isPresent()
                            ? "" : "; declare it in the metric catalog or fix the name"),
                        nameSpan(selector));
                return ExprType.of(ValueType.INSTANT_VECTOR);
            }
            SeriesInfo series = info.get();
            LabelSet labels = LabelSet.closed(series.labelNames()).with(List.of(METRIC_NAME));
            for (LabelMatcher matcher : selector.matchers()) {
                if (!labels.mayContain(matcher.name())) {
                    error(Code.UNKNOWN_LABEL, "metric '" + series.name() + "' has no label '" + matcher.name() + "'"
                            + Suggestions.didYouMean(matcher.name(), series.labelNames())
                            + (series.labelNames().isEmpty() ? "" : "; its labels are " + String.join(", ", series.labelNames())),
                            matcher.span());
                }
            }
            return new ExprType(ValueType.INSTANT_VECTOR, labels, series.kind(), series.kind().isCounter());
        }

        private Span nameSpan(VectorSelector selector) {
            if (selector.metricName().isPresent()) {
                int start = selector.span().start();
                return Span.of(start, Math.min(selector.span().end(), start + selector.metricName().get().length()));
            }
            return selector.matchers().stream()
                    .filter(m -> m.name().equals(METRIC_NAME))
                    .map(LabelMatcher::span)
                    .findFirst()
                    .orElse(selector.span());
        }

        @Override
        public ExprType visitMatrixSelector(MatrixSelector matrix) {
            ExprType selected = matrix.selector().accept(this);
            options.scrapeInterval().ifPresent(interval -> {
                long minimum = interval.millis() * RECOMMENDED_SCRAPES_PER_RANGE;
                if (matrix.range().millis() < minimum) {
                    report(Code.RANGE_TOO_SHORT, Severity.WARNING, "range [" + matrix.range() + "] covers fewer than "
                            + RECOMMENDED_SCRAPES_PER_RANGE + " scrapes at the " + interval + " scrape interval, so a"
                            + " missed scrape leaves too few samples; use at least [" + Duration.ofMillis(minimum) + "]",
                            matrix.span());
                }
            });
            return selected.withValueType(ValueType.RANGE_VECTOR);
        }

        @Override
        public ExprType visitSubquery(SubqueryExpr subquery) {
            ExprType inner = subquery.expr().accept(this);
            if (inner.valueType() != ValueType.INSTANT_VECTOR) {
                error(Code.WRONG_TYPE, "a subquery needs an instant vector, got a " + inner.valueType().description(),
                        subquery.expr().span());
                return ExprType.of(ValueType.RANGE_VECTOR);
            }
            return inner.withValueType(ValueType.RANGE_VECTOR);
        }

        @Override
        public ExprType visitParen(ParenExpr paren) {
            return paren.expr().accept(this);
        }

        @Override
        public ExprType visitUnary(UnaryExpr unary) {
            ExprType operand = unary.operand().accept(this);
            if (operand.valueType() == ValueType.SCALAR) {
                return ExprType.SCALAR;
            }
            if (operand.valueType() != ValueType.INSTANT_VECTOR) {
                error(Code.WRONG_TYPE, "unary '" + unary.op().symbol() + "' needs a scalar or an instant vector, got a "
                        + operand.valueType().description(), unary.operand().span());
                return ExprType.of(ValueType.INSTANT_VECTOR);
            }
            return operand.withLabels(operand.labels().without(List.of(METRIC_NAME)));
        }

        // ---- binary operations -----------------------------------------------------------

        @Override
        public ExprType visitBinary(BinaryExpr binary) {
            ExprType lhs = binary.lhs().accept(this);
            ExprType rhs = binary.rhs().accept(this);
            BinaryOp op = binary.op();
            boolean operandsOk = requireScalarOrInstantVector(binary.lhs(), lhs, op)
                    & requireScalarOrInstantVector(binary.rhs(), rhs, op);
            if (!operandsOk) {
                return ExprType.of(ValueType.INSTANT_VECTOR);
            }
            boolean lhsVector = lhs.valueType() == ValueType.INSTANT_VECTOR;
            boolean rhsVector = rhs.valueType() == ValueType.INSTANT_VECTOR;

            if (op.isComparison()) {
                warnIfBareCounterCompared(binary.lhs(), lhs);
                warnIfBareCounterCompared(binary.rhs(), rhs);
            }
            if (op.isSetOperator() && !(lhsVector && rhsVector)) {
                error(Code.WRONG_TYPE, "'" + op.symbol() + "' works on two instant vectors; a scalar side matches"
                        + " nothing", binary.span());
                return ExprType.of(ValueType.INSTANT_VECTOR);
            }
            if (binary.matching().isPresent() && !(lhsVector && rhsVector)) {
                error(Code.WRONG_TYPE, "on(...)/ignoring(...) only apply between two instant vectors; remove it",
                        binary.matching().get().span());
            }
            if (!lhsVector && !rhsVector) {
                if (op.isComparison() && !binary.returnBool()) {
                    error(Code.WRONG_TYPE, "comparisons between scalars must use bool: write '" + op.symbol() + " bool'",
                            binary.span());
                }
                return ExprType.SCALAR;
            }
            if (!(lhsVector && rhsVector)) {
                ExprType vector = lhsVector ? lhs : rhs;
                return vectorScalarResult(binary, vector);
            }
            return vectorVectorResult(binary, lhs, rhs);
        }

        private boolean requireScalarOrInstantVector(Expr operand, ExprType type, BinaryOp op) {
            if (type.valueType() == ValueType.SCALAR || type.valueType() == ValueType.INSTANT_VECTOR) {
                return true;
            }
            String hint = type.valueType() == ValueType.RANGE_VECTOR
                    ? "; apply a function such as rate() or avg_over_time() to the range first" : "";
            error(Code.WRONG_TYPE, "operands of '" + op.symbol() + "' must be scalars or instant vectors, got a "
                    + type.valueType().description() + hint, operand.span());
            return false;
        }

        private void warnIfBareCounterCompared(Expr operand, ExprType type) {
            if (type.rawCounter()) {
                report(Code.BARE_COUNTER, Severity.WARNING, "comparing a raw counter, whose value only ever grows and"
                        + " resets on restart; compare rate(...[5m]) or increase(...[1h]) instead", operand.span());
            }
        }

        private ExprType vectorScalarResult(BinaryExpr binary, ExprType vector) {
            BinaryOp op = binary.op();
            if (op.isComparison() && !binary.returnBool()) {
                return vector; // a filter: the same series, unchanged
            }
            LabelSet labels = vector.labels().without(List.of(METRIC_NAME));
            if (op.isComparison()) {
                return new ExprType(ValueType.INSTANT_VECTOR, labels, SeriesKind.GAUGE, false);
            }
            // Scaling keeps what the series is: a counter times 8 still only grows.
            return vector.withLabels(labels);
        }

        private ExprType vectorVectorResult(BinaryExpr binary, ExprType lhs, ExprType rhs) {
            BinaryOp op = binary.op();
            binary.matching().ifPresent(matching -> checkMatchingLabels(binary, matching, lhs, rhs));
            if (op == BinaryOp.AND || op == BinaryOp.UNLESS) {
                return lhs;
            }
            if (op == BinaryOp.OR) {
                SeriesKind kind = lhs.kind() == rhs.kind() ? lhs.kind() : SeriesKind.UNKNOWN;
                return new ExprType(ValueType.INSTANT_VECTOR, lhs.labels().union(rhs.labels()), kind,
                        lhs.rawCounter() || rhs.rawCounter());
            }
            Optional<VectorMatching> matching = binary.matching();
            VectorMatching.Cardinality cardinality = matching.map(VectorMatching::cardinality)
                    .orElse(VectorMatching.Cardinality.ONE_TO_ONE);
            ExprType many = cardinality == VectorMatching.Cardinality.ONE_TO_MANY ? rhs : lhs;
            ExprType one = cardinality == VectorMatching.Cardinality.ONE_TO_MANY ? lhs : rhs;
            LabelSet labels = many.labels();
            if (cardinality == VectorMatching.Cardinality.ONE_TO_ONE && matching.isPresent()) {
                labels = matching.get().kind() == VectorMatching.Kind.ON
                        ? labels.keepOnly(matching.get().labels())
                        : labels.without(matching.get().labels());
            }
            if (matching.isPresent()) {
                labels = labels.with(one.labels().keepOnly(matching.get().include()).names());
            }
            boolean filter = op.isComparison() && !binary.returnBool();
            if (!filter) {
                labels = labels.without(List.of(METRIC_NAME));
            }
            if (filter) {
                return new ExprType(ValueType.INSTANT_VECTOR, labels, many.kind(), many.rawCounter());
            }
            SeriesKind kind = op.isComparison() ? SeriesKind.GAUGE : SeriesKind.UNKNOWN;
            return new ExprType(ValueType.INSTANT_VECTOR, labels, kind, false);
        }

        private void checkMatchingLabels(BinaryExpr binary, VectorMatching matching, ExprType lhs, ExprType rhs) {
            String clause = matching.kind().keyword() + "(...)";
            for (String label : matching.labels()) {
                if (matching.kind() == VectorMatching.Kind.ON) {
                    reportUnlessPossible(label, lhs.labels(), "the left side of '" + binary.op().symbol() + "'", clause,
                            matching.span());
                    reportUnlessPossible(label, rhs.labels(), "the right side of '" + binary.op().symbol() + "'", clause,
                            matching.span());
                } else if (!lhs.labels().mayContain(label) && !rhs.labels().mayContain(label)) {
                    error(Code.UNKNOWN_LABEL, "neither side of '" + binary.op().symbol() + "' has a label '" + label
                            + "' to ignore; remove it from " + clause, matching.span());
                }
            }
            if (matching.cardinality() != VectorMatching.Cardinality.ONE_TO_ONE) {
                boolean left = matching.cardinality() == VectorMatching.Cardinality.MANY_TO_ONE;
                ExprType one = left ? rhs : lhs;
                for (String label : matching.include()) {
                    reportUnlessPossible(label, one.labels(), "the " + (left ? "right" : "left") + " side of '"
                            + binary.op().symbol() + "'", matching.cardinality().keyword() + "(...)", matching.span());
                }
            }
        }

        private void reportUnlessPossible(String label, LabelSet labels, String where, String clause, Span span) {
            if (!labels.mayContain(label)) {
                error(Code.UNKNOWN_LABEL, where + " has no label '" + label + "'"
                        + Suggestions.didYouMean(label, labels.names()) + "; fix or remove it in " + clause, span);
            }
        }

        // ---- aggregations ----------------------------------------------------------------

        @Override
        public ExprType visitAggregate(AggregateExpr aggregate) {
            AggregationOp op = aggregate.op();
            aggregate.parameter().ifPresent(parameter -> {
                ExprType parameterType = parameter.accept(this);
                ValueType expected = op.parameterType().orElseThrow();
                if (parameterType.valueType() != expected) {
                    error(Code.WRONG_TYPE, op.keyword() + "(...) takes a " + expected.description() + " as its first"
                            + " argument, got a " + parameterType.valueType().description(), parameter.span());
                }
            });
            ExprType body = aggregate.body().accept(this);
            if (body.valueType() != ValueType.INSTANT_VECTOR) {
                String hint = body.valueType() == ValueType.RANGE_VECTOR
                        ? "; to aggregate over time use " + op.keyword() + "_over_time() or rate() first" : "";
                error(Code.WRONG_TYPE, op.keyword() + "(...) aggregates an instant vector, got a "
                        + body.valueType().description() + hint, aggregate.body().span());
                body = ExprType.of(ValueType.INSTANT_VECTOR);
            }
            Grouping grouping = aggregate.grouping();
            for (String label : grouping.labels()) {
                if (!body.labels().mayContain(label)) {
                    error(Code.UNKNOWN_LABEL, "the aggregated series have no label '" + label + "'"
                            + Suggestions.didYouMean(label, body.labels().names()) + "; fix or remove it in "
                            + grouping.kind().name().toLowerCase(java.util.Locale.ROOT) + " (...)", grouping.span());
                }
            }
            return aggregateResult(aggregate, body);
        }

        private ExprType aggregateResult(AggregateExpr aggregate, ExprType body) {
            AggregationOp op = aggregate.op();
            if (op == AggregationOp.TOPK || op == AggregationOp.BOTTOMK) {
                return body; // they select series, unchanged
            }
            Grouping grouping = aggregate.grouping();
            LabelSet labels;
            switch (grouping.kind()) {
                case BY:
                    labels = body.labels().keepOnly(grouping.labels());
                    break;
                case WITHOUT:
                    labels = body.labels().without(grouping.labels()).without(List.of(METRIC_NAME));
                    break;
                default:
                    labels = LabelSet.EMPTY;
            }
            if (op == AggregationOp.COUNT_VALUES && aggregate.parameter().isPresent()) {
                Expr parameter = Ast.unwrapParens(aggregate.parameter().get());
                if (parameter instanceof StringLiteral) {
                    labels = labels.with(List.of(((StringLiteral) parameter).value()));
                }
            }
            if (KIND_PRESERVING_AGGREGATIONS.contains(op)) {
                return new ExprType(ValueType.INSTANT_VECTOR, labels, body.kind(), body.rawCounter());
            }
            return new ExprType(ValueType.INSTANT_VECTOR, labels, SeriesKind.GAUGE, false);
        }

        // ---- function calls --------------------------------------------------------------

        @Override
        public ExprType visitFunctionCall(FunctionCall call) {
            PromFunction function = call.function();
            List<ExprType> argTypes = new ArrayList<>();
            for (Expr arg : call.args()) {
                argTypes.add(arg.accept(this));
            }
            ExprType fallback = ExprType.of(function.returnType());
            if (!function.acceptsArgumentCount(call.args().size())) {
                error(Code.WRONG_ARGUMENT_COUNT, function.name() + "() takes " + function.arityDescription()
                        + " argument" + (function.maxArgs() == 1 ? "" : "s") + ", got " + call.args().size(), call.span());
                return fallback;
            }
            boolean typesOk = true;
            for (int i = 0; i < call.args().size(); i++) {
                ValueType expected = function.argumentType(i);
                ValueType actual = argTypes.get(i).valueType();
                if (actual != expected) {
                    typesOk = false;
                    error(Code.WRONG_TYPE, "argument " + (i + 1) + " of " + function.name() + "() must be a "
                            + expected.description() + ", got a " + actual.description()
                            + typeHint(call.args().get(i), expected, actual), call.args().get(i).span());
                }
            }
            if (!typesOk) {
                return fallback;
            }
            checkSeriesKinds(call, argTypes);
            return functionResult(call, argTypes);
        }

        private String typeHint(Expr arg, ValueType expected, ValueType actual) {
            if (expected == ValueType.RANGE_VECTOR && actual == ValueType.INSTANT_VECTOR) {
                return Ast.unwrapParens(arg) instanceof VectorSelector
                        ? "; add a range such as [5m]" : "; use a subquery such as (...)[5m:1m]";
            }
            if (expected == ValueType.SCALAR && actual == ValueType.INSTANT_VECTOR) {
                return "; convert it with scalar(...)";
            }
            if (expected == ValueType.INSTANT_VECTOR && actual == ValueType.SCALAR) {
                return "; convert it with vector(...)";
            }
            return "";
        }

        private void checkSeriesKinds(FunctionCall call, List<ExprType> argTypes) {
            String name = call.name();
            if (RATE_FUNCTIONS.contains(name) || name.equals("resets")) {
                ExprType arg = argTypes.get(0);
                if (arg.kind().isKnown() && !arg.kind().isCounter()) {
                    String instead = name.equals("resets") ? "changes()" : "deriv() or delta()";
                    error(Code.RATE_OF_NON_COUNTER, name + "() only makes sense for counters, but "
                            + describeSeries(call.args().get(0)) + " is a " + describeKind(arg.kind())
                            + "; for gauges use " + instead, call.args().get(0).span());
                }
            }
            if (name.equals("histogram_quantile")) {
                Expr histogram = call.args().get(1);
                ExprType arg = argTypes.get(1);
                boolean bucketsKnownAbsent = arg.kind().isKnown() && arg.kind() != SeriesKind.HISTOGRAM_BUCKET;
                if (bucketsKnownAbsent) {
                    error(Code.HISTOGRAM_QUANTILE_NOT_BUCKETS, "histogram_quantile() needs histogram buckets, but its"
                            + " argument is a " + describeKind(arg.kind()) + "; use the rate of the _bucket series, e.g."
                            + " sum by (le) (rate(x_bucket[5m]))", histogram.span());
                } else if (!arg.labels().mayContain("le")) {
                    error(Code.HISTOGRAM_QUANTILE_WITHOUT_LE, "the 'le' label has been aggregated away, so"
                            + " histogram_quantile() has no buckets to work with; keep it, e.g. sum by (le) (...)",
                            histogram.span());
                }
            }
        }

        private String describeSeries(Expr arg) {
            Expr inner = Ast.unwrapParens(arg);
            if (inner instanceof MatrixSelector) {
                Optional<String> name = ((MatrixSelector) inner).selector().effectiveMetricName();
                if (name.isPresent()) {
                    return "'" + name.get() + "'";
                }
            }
            return "its argument";
        }

        private String describeKind(SeriesKind kind) {
            return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }

        private ExprType functionResult(FunctionCall call, List<ExprType> argTypes) {
            PromFunction function = call.function();
            String name = call.name();
            if (function.returnType() != ValueType.INSTANT_VECTOR) {
                return ExprType.of(function.returnType());
            }
            Optional<ExprType> vectorArg = argTypes.stream().filter(ExprType::isVector).findFirst();
            if (vectorArg.isEmpty()) {
                return new ExprType(ValueType.INSTANT_VECTOR, LabelSet.EMPTY, SeriesKind.GAUGE, false);
            }
            ExprType arg = vectorArg.get().withValueType(ValueType.INSTANT_VECTOR);
            switch (name) {
                case "absent":
                case "absent_over_time":
                    return new ExprType(ValueType.INSTANT_VECTOR, LabelSet.closed(absentLabels(call.args().get(0))),
                            SeriesKind.GAUGE, false);
                case "label_replace":
                case "label_join":
                    Expr target = Ast.unwrapParens(call.args().get(1));
                    return target instanceof StringLiteral
                            ? arg.withLabels(arg.labels().with(List.of(((StringLiteral) target).value())))
                            : arg.withLabels(LabelSet.unknown());
                case "rate":
                case "irate":
                case "increase":
                    // The rate of buckets is still buckets, ready for histogram_quantile.
                    SeriesKind kind = arg.kind() == SeriesKind.HISTOGRAM_BUCKET ? arg.kind() : derivedKind(arg);
                    return new ExprType(ValueType.INSTANT_VECTOR, arg.labels().without(List.of(METRIC_NAME)), kind, false);
                case "histogram_quantile":
                    return new ExprType(ValueType.INSTANT_VECTOR, arg.labels().without(List.of("le", METRIC_NAME)),
                            SeriesKind.GAUGE, false);
                default:
                    if (SERIES_PRESERVING_FUNCTIONS.contains(name)) {
                        return arg;
                    }
                    return new ExprType(ValueType.INSTANT_VECTOR, arg.labels().without(List.of(METRIC_NAME)),
                            derivedKind(arg), false);
            }
        }

        /**
         * The kind of a value computed from {@code arg}: a plain gauge, unless nothing was known
         * about {@code arg}, in which case later checks must not assume anything either.
         */
        private SeriesKind derivedKind(ExprType arg) {
            return arg.kind().isKnown() ? SeriesKind.GAUGE : arg.kind();
        }

        /** absent() returns one series whose labels are the equality matchers of its selector argument. */
        private List<String> absentLabels(Expr arg) {
            Expr inner = Ast.unwrapParens(arg);
            VectorSelector selector = inner instanceof MatrixSelector ? ((MatrixSelector) inner).selector()
                    : inner instanceof VectorSelector ? (VectorSelector) inner : null;
            if (selector == null) {
                return List.of();
            }
            List<String> labels = new ArrayList<>();
            for (LabelMatcher matcher : selector.matchers()) {
                if (matcher.op() == LabelMatcher.MatchOp.EQUAL && !matcher.name().equals(METRIC_NAME)) {
                    labels.add(matcher.name());
                }
            }
            return labels;
        }
    }
}
