package dev.obsc.compiler.promql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PromQLCorpusTest {

    static Stream<String> corpus() {
        return Corpus.expressions().stream();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void printsCanonicallyAndReparsesToTheSameTree(String source) {
        Expr parsed = PromQL.parse(source);
        String printed = PromQL.print(parsed);
        Expr reparsed = PromQL.parse(printed);

        assertEquals(Ast.withoutSpans(parsed), Ast.withoutSpans(reparsed), () -> "printed as: " + printed);
        assertEquals(printed, PromQL.print(reparsed), "printing is idempotent");
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void spansLieWithinTheSource(String source) {
        for (Expr node : Ast.preOrder(PromQL.parse(source))) {
            Span span = node.span();
            assertTrue(span.end() <= source.length() && span.length() > 0, () -> node + " has span " + span);
        }
    }

    @Test
    void corpusIsLargeAndCoversEveryFunctionOperatorAndAggregation() {
        List<String> expressions = Corpus.expressions();
        assertTrue(expressions.size() >= 300, "corpus has " + expressions.size() + " expressions");

        Set<String> functions = new HashSet<>();
        Set<BinaryOp> operators = EnumSet.noneOf(BinaryOp.class);
        Set<AggregationOp> aggregations = EnumSet.noneOf(AggregationOp.class);
        for (String source : expressions) {
            Ast.walk(PromQL.parse(source), node -> {
                if (node instanceof FunctionCall) {
                    functions.add(((FunctionCall) node).name());
                } else if (node instanceof BinaryExpr) {
                    operators.add(((BinaryExpr) node).op());
                } else if (node instanceof AggregateExpr) {
                    aggregations.add(((AggregateExpr) node).op());
                }
            });
        }
        // histogram_stddev/stdvar are newer than the promtool the corpus is checked against.
        Set<String> expectedFunctions = Functions.all().stream()
                .map(PromFunction::name)
                .filter(name -> !name.equals("histogram_stddev") && !name.equals("histogram_stdvar"))
                .collect(Collectors.toSet());
        expectedFunctions.removeAll(functions);
        assertEquals(Set.of(), expectedFunctions, "functions missing from the corpus");
        assertEquals(EnumSet.allOf(BinaryOp.class), operators);
        assertEquals(EnumSet.allOf(AggregationOp.class), aggregations);
    }
}
