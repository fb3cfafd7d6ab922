package dev.obsc.compiler.promql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PromQLParserTest {

    private static Expr parse(String source) {
        return Ast.withoutSpans(PromQL.parse(source));
    }

    private static VectorSelector selector(String name) {
        return VectorSelector.of(name);
    }

    @Test
    void vectorSelectorWithAllMatcherKinds() {
        VectorSelector selector = assertInstanceOf(VectorSelector.class,
                parse("http_requests_total{a=\"1\", b!=\"2\", c=~\"3\", d!~\"4\"}"));
        assertEquals(Optional.of("http_requests_total"), selector.metricName());
        assertEquals(List.of(
                LabelMatcher.of("a", LabelMatcher.MatchOp.EQUAL, "1"),
                LabelMatcher.of("b", LabelMatcher.MatchOp.NOT_EQUAL, "2"),
                LabelMatcher.of("c", LabelMatcher.MatchOp.REGEX_MATCH, "3"),
                LabelMatcher.of("d", LabelMatcher.MatchOp.REGEX_NO_MATCH, "4")), selector.matchers());
    }

    @Test
    void metricNameFromNameMatcher() {
        VectorSelector selector = assertInstanceOf(VectorSelector.class, parse("{__name__=\"up\", job=\"x\"}"));
        assertEquals(Optional.empty(), selector.metricName());
        assertEquals(Optional.of("up"), selector.effectiveMetricName());
    }

    @Test
    void stringQuotesAndEscapes() {
        assertEquals(StringLiteral.of("a\"b\n\u00e9A"), parse("\"a\\\"b\\n\\u00e9\\x41\""));
        assertEquals(StringLiteral.of("it's"), parse("'it\\'s'"));
        assertEquals(StringLiteral.of("raw \\d"), parse("`raw \\d`"));
        assertEquals(StringLiteral.of("A"), parse("\"\\101\""));
    }

    @Test
    void numbersAreExact() {
        assertEquals("0.001", ((NumberLiteral) parse("0.001")).text());
        assertEquals("14.4", ((NumberLiteral) parse("14.40")).text());
        assertEquals("31", ((NumberLiteral) parse("0x1F")).text());
        assertEquals("8", ((NumberLiteral) parse("010")).text());
        assertEquals("1500", ((NumberLiteral) parse("1.5e3")).text());
        assertEquals("0.5", ((NumberLiteral) parse(".5")).text());
        assertEquals("-Inf", ((NumberLiteral) parse("-inf")).text());
        assertEquals("NaN", ((NumberLiteral) parse("nAn")).text());
        assertEquals(Optional.of(new BigDecimal("0.001")), ((NumberLiteral) parse("1e-3")).decimal());
    }

    @Test
    void signFoldsIntoLiteralButNotIntoOtherExpressions() {
        assertEquals(NumberLiteral.of(-1), parse("-1"));
        assertEquals(NumberLiteral.of(1), parse("+1"));
        assertEquals(NumberLiteral.of(1), parse("- -1"));
        assertEquals(new UnaryExpr(UnaryExpr.Op.MINUS, selector("foo"), Span.NONE), parse("-foo"));
    }

    @Test
    void precedenceAndAssociativity() {
        Expr a = selector("a");
        Expr b = selector("b");
        Expr c = selector("c");
        assertEquals(BinaryExpr.of(BinaryOp.ADD, a, BinaryExpr.of(BinaryOp.MUL, b, c)), parse("a + b * c"));
        assertEquals(BinaryExpr.of(BinaryOp.SUB, BinaryExpr.of(BinaryOp.SUB, a, b), c), parse("a - b - c"));
        assertEquals(BinaryExpr.of(BinaryOp.POW, a, BinaryExpr.of(BinaryOp.POW, b, c)), parse("a ^ b ^ c"));
        assertEquals(BinaryExpr.of(BinaryOp.OR, a, BinaryExpr.of(BinaryOp.AND, b, c)), parse("a or b and c"));
        assertEquals(BinaryExpr.of(BinaryOp.AND, BinaryExpr.of(BinaryOp.GTR, a, b), c), parse("a > b and c"));
        assertEquals(BinaryExpr.of(BinaryOp.MUL, BinaryExpr.of(BinaryOp.ATAN2, a, b), c), parse("a atan2 b * c"));
        assertEquals(BinaryExpr.of(BinaryOp.LSS, BinaryExpr.of(BinaryOp.ADD, a, b), c), parse("a + b < c"));
        // Unary minus binds tighter than * but looser than ^.
        assertEquals(BinaryExpr.of(BinaryOp.MUL, new UnaryExpr(UnaryExpr.Op.MINUS, a, Span.NONE), b), parse("-a * b"));
        assertEquals(new UnaryExpr(UnaryExpr.Op.MINUS, BinaryExpr.of(BinaryOp.POW, a, b), Span.NONE), parse("-a ^ b"));
        assertEquals(new UnaryExpr(UnaryExpr.Op.MINUS, BinaryExpr.of(BinaryOp.POW, NumberLiteral.of(2), NumberLiteral.of(2)),
                Span.NONE), parse("-2 ^ 2"));
    }

    @Test
    void boolAndVectorMatching() {
        BinaryExpr comparison = assertInstanceOf(BinaryExpr.class, parse("a == bool on(job) b"));
        assertTrue(comparison.returnBool());
        assertEquals(Optional.of(VectorMatching.on("job")), comparison.matching());

        BinaryExpr groupLeft = assertInstanceOf(BinaryExpr.class, parse("a / ignoring(code) group_left(team, x) b"));
        assertEquals(Optional.of(VectorMatching.ignoring("code").groupLeft("team", "x")), groupLeft.matching());

        BinaryExpr groupRight = assertInstanceOf(BinaryExpr.class, parse("a * on() group_right b"));
        assertEquals(Optional.of(VectorMatching.on().groupRight()), groupRight.matching());
    }

    @Test
    void aggregationsWithGroupingBeforeOrAfter() {
        AggregateExpr before = assertInstanceOf(AggregateExpr.class, parse("sum by (job, le) (x)"));
        AggregateExpr after = assertInstanceOf(AggregateExpr.class, parse("sum(x) by (job, le)"));
        assertEquals(AggregateExpr.of(AggregationOp.SUM, selector("x"), Grouping.by("job", "le")), before);
        assertEquals(before, after);

        AggregateExpr topk = assertInstanceOf(AggregateExpr.class, parse("topk without (instance) (5, x)"));
        assertEquals(Optional.of(NumberLiteral.of(5)), topk.parameter());
        assertEquals(Grouping.without("instance"), topk.grouping());

        AggregateExpr countValues = assertInstanceOf(AggregateExpr.class, parse("COUNT_VALUES(\"v\", x)"));
        assertEquals(AggregationOp.COUNT_VALUES, countValues.op());
        assertEquals(Optional.of(StringLiteral.of("v")), countValues.parameter());

        assertEquals(Grouping.by(), ((AggregateExpr) parse("sum by () (x)")).grouping());
        assertEquals(Grouping.NONE, ((AggregateExpr) parse("sum(x)")).grouping());
    }

    @Test
    void keywordsAsMetricAndLabelNames() {
        assertEquals(selector("sum"), parse("sum"));
        assertEquals(selector("by"), parse("by"));
        assertEquals(selector("offset").withOffset(Optional.of(Duration.ofMinutes(5)), Span.NONE), parse("offset offset 5m"));
        assertEquals(BinaryExpr.of(BinaryOp.AND, selector("and"), selector("or")), parse("and and or"));
        assertEquals(selector("rate"), parse("rate"));
        VectorSelector labels = assertInstanceOf(VectorSelector.class, parse("x{on=\"1\", bool=\"2\", sum=\"3\"}"));
        assertEquals(List.of("on", "bool", "sum"), labels.matchers().stream().map(LabelMatcher::name).toList());
        AggregateExpr grouping = assertInstanceOf(AggregateExpr.class, parse("sum by (on, offset, sum) (x)"));
        assertEquals(List.of("on", "offset", "sum"), grouping.grouping().labels());
    }

    @Test
    void rangesOffsetsAndAt() {
        MatrixSelector matrix = assertInstanceOf(MatrixSelector.class, parse("x[1h30m] offset -5m @ end()"));
        assertEquals(Duration.ofMinutes(90), matrix.range());
        assertEquals(Optional.of(Duration.ofMinutes(-5)), matrix.selector().offset());
        assertEquals(Optional.of(AtModifier.end()), matrix.selector().at());

        VectorSelector at = assertInstanceOf(VectorSelector.class, parse("x @ 1609746000.500"));
        assertEquals(Optional.of(AtModifier.at(new BigDecimal("1609746000.5"))), at.at());
        assertEquals(Optional.of(AtModifier.start()), ((VectorSelector) parse("x @ start()")).at());
    }

    @Test
    void subqueries() {
        SubqueryExpr subquery = assertInstanceOf(SubqueryExpr.class, parse("rate(x[5m])[1h:5m] offset 1d"));
        assertEquals(Duration.ofMinutes(60), subquery.range());
        assertEquals(Optional.of(Duration.ofMinutes(5)), subquery.step());
        assertEquals(Optional.of(Duration.ofSeconds(86400)), subquery.offset());
        assertInstanceOf(FunctionCall.class, subquery.expr());

        SubqueryExpr noStep = assertInstanceOf(SubqueryExpr.class, parse("(a + b)[30m:]"));
        assertEquals(Optional.empty(), noStep.step());
        assertInstanceOf(ParenExpr.class, noStep.expr());
    }

    @Test
    void functionCalls() {
        FunctionCall call = assertInstanceOf(FunctionCall.class, parse("label_join(up, \"dst\", \",\", \"a\", \"b\",)"));
        assertEquals("label_join", call.name());
        assertEquals(5, call.args().size());
        assertEquals(0, ((FunctionCall) parse("time()")).args().size());
        assertEquals(ValueType.SCALAR, Functions.lookup("scalar").orElseThrow().returnType());
        assertFalse(Functions.lookup("RATE").isPresent());
    }

    @Test
    void commentsAndWhitespace() {
        assertEquals(parse("sum by (job) (rate(x[5m]))"),
                parse("sum # total\n  by (job) (\n\trate(x[5m]) # per second\n)\r\n"));
    }

    @Test
    void spansPointAtTheSource() {
        String source = "sum(rate(http_requests_total{job=\"api\"}[5m])) > 1";
        BinaryExpr binary = assertInstanceOf(BinaryExpr.class, PromQL.parse(source));
        assertEquals(Span.of(0, source.length()), binary.span());
        AggregateExpr sum = (AggregateExpr) binary.lhs();
        assertEquals("sum(rate(http_requests_total{job=\"api\"}[5m]))", text(source, sum.span()));
        MatrixSelector matrix = (MatrixSelector) ((FunctionCall) sum.body()).args().get(0);
        assertEquals("http_requests_total{job=\"api\"}[5m]", text(source, matrix.span()));
        assertEquals("job=\"api\"", text(source, matrix.selector().matchers().get(0).span()));
        assertEquals("1", text(source, binary.rhs().span()));
    }

    private static String text(String source, Span span) {
        return source.substring(span.start(), span.end());
    }
}
