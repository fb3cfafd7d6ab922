package dev.obsc.compiler.promql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PromQLPrinterTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "x[90m]                                  | x[1h30m]",
        "x[1w]                                   | x[7d]",
        "x[30d]                                  | x[30d]",
        "x[1y]                                   | x[365d]",
        "x[1500ms]                               | x[1s500ms]",
        "x[3600s] offset 86400s                  | x[1h] offset 1d",
        "x offset -90s                           | x offset -1m30s",
        "x offset 5m @ 100.000                   | x @ 100 offset 5m",
        "SUM(x) BY (job)                         | sum by (job) (x)",
        "sum(x) without(a,b,)                    | sum without (a, b) (x)",
        "topk(5,x)by(job)                        | topk by (job) (5, x)",
        "a/on(job)group_left(t)b                 | a / on(job) group_left(t) b",
        "a/ignoring(x)group_left b               | a / ignoring(x) group_left b",
        "a / on(x) group_left (b) c              | a / on(x) group_left(b) c",
        "a / on(x) group_left() (b)              | a / on(x) group_left() (b)",
        "a>BOOL 1                                | a > bool 1",
        "a AND b OR c UNLESS d                   | a and b or c unless d",
        "0.0010                                  | 0.001",
        "14.40                                   | 14.4",
        "1e-10                                   | 0.0000000001",
        "1e30                                    | 1E+30",
        "1.5e-40                                 | 1.5E-40",
        "0xff                                    | 255",
        "+inf                                    | Inf",
        "'it\\'s'                                | \"it's\"",
        "`a\\b`                                  | \"a\\\\b\"",
        "{__name__=~'x.*'}                       | {__name__=~\"x.*\"}",
        "x{a='b',}                               | x{a=\"b\"}",
        "rate(x[5m])[1h:] @ start()              | rate(x[5m])[1h:] @ start()",
        "label_join(x,'d',',','a',)              | label_join(x, \"d\", \",\", \"a\")",
        "  x  # comment                          | x",
    })
    void printsCanonicalText(String source, String canonical) {
        assertEquals(canonical, PromQL.format(source.strip()));
    }

    @Test
    void addsParenthesesThatConstructedTreesNeed() {
        Expr a = VectorSelector.of("a");
        Expr b = VectorSelector.of("b");
        Expr c = VectorSelector.of("c");
        assertEquals("(a + b) * c", PromQL.print(BinaryExpr.of(BinaryOp.MUL, BinaryExpr.of(BinaryOp.ADD, a, b), c)));
        assertEquals("a - (b - c)", PromQL.print(BinaryExpr.of(BinaryOp.SUB, a, BinaryExpr.of(BinaryOp.SUB, b, c))));
        assertEquals("(a ^ b) ^ c", PromQL.print(BinaryExpr.of(BinaryOp.POW, BinaryExpr.of(BinaryOp.POW, a, b), c)));
        assertEquals("a ^ b ^ c", PromQL.print(BinaryExpr.of(BinaryOp.POW, a, BinaryExpr.of(BinaryOp.POW, b, c))));
        assertEquals("(-a) ^ b", PromQL.print(BinaryExpr.of(BinaryOp.POW, new UnaryExpr(UnaryExpr.Op.MINUS, a, Span.NONE), b)));
        assertEquals("(-1) ^ b", PromQL.print(BinaryExpr.of(BinaryOp.POW, NumberLiteral.of(-1), b)));
        assertEquals("-(a + b)", PromQL.print(new UnaryExpr(UnaryExpr.Op.MINUS, BinaryExpr.of(BinaryOp.ADD, a, b), Span.NONE)));
        assertEquals("-(1)", PromQL.print(new UnaryExpr(UnaryExpr.Op.MINUS, NumberLiteral.of(1), Span.NONE)));
        assertEquals("(a + b)[5m:]", PromQL.print(new SubqueryExpr(BinaryExpr.of(BinaryOp.ADD, a, b), Duration.ofMinutes(5),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), Span.NONE)));
        assertEquals("0.001 * 14.4", PromQL.print(BinaryExpr.of(BinaryOp.MUL,
                NumberLiteral.of(new BigDecimal("0.0010")), NumberLiteral.of(new BigDecimal("14.40")))));
    }

    @Test
    void quotesStringsWithGoEscapes() {
        assertEquals("\"a\\\"b\\\\c\\n\\t\\x01\\u0085é\"", Printer.quote("a\"b\\c\n\t\u0001\u0085é"));
    }
}
