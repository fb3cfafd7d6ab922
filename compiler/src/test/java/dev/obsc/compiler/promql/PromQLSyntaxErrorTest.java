package dev.obsc.compiler.promql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PromQLSyntaxErrorTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "", "   ", "# only a comment", "(", ")", "foo)", "(foo", "foo{", "foo}", "{}", "{job=\"\"}", "{job=~\".*\"}",
        "{job!=\"x\"}", "foo{job}", "foo{job=}", "foo{job=5}", "foo{job=\"a\" job2=\"b\"}", "foo{\"job\"=\"a\"}",
        "foo{a:b=\"c\"}", "foo{__name__=\"bar\"}", "foo[5m", "foo[]", "foo[5]", "foo[5m:5m:5m]", "foo[1m5h]",
        "foo[5m5m]", "foo[5mm]", "foo[-5m]", "foo[5x]", "rate(foo)[5m]", "(foo)[5m]", "foo offset 5m [5m]",
        "foo @ 1 [5m]", "foo offset", "foo offset 5", "foo offset +5m", "foo offset 5m offset 1m", "foo @", "foo @ 1 @ 2",
        "foo @ start", "foo @ now()", "foo @ Inf", "sum(foo) offset 5m", "rate(foo[5m]) @ 100", "1 offset 5m",
        "sum(foo) by", "sum(foo) by job", "sum by (job)", "sum(foo) by (job) by (job)", "sum by (job) (foo) by (a)",
        "sum(foo, bar)", "sum()", "topk(foo)", "topk(1, 2, foo)", "count_values(foo)", "sum by (a:b) (foo)",
        "sum by (inf) (foo)", "foo(bar)", "RATE(foo[5m])", "rate(foo[5m]", "rate foo[5m])", "foo +", "+", "- ",
        "foo + bool bar", "foo and bool bar", "foo * on bar", "foo * on(a) group_left(b bar", "foo * group_left bar",
        "foo and on(a) group_left bar", "foo or ignoring(a) group_right(b) bar", "foo * on(a) group_left(a) bar",
        "foo == == bar", "foo bar", "1 2", "\"unterminated", "'unterminated", "`unterminated", "\"bad \\q escape\"",
        "\"\\x4\"", "\"line\nbreak\"", "foo !", "foo $ bar", "0x", "1e", "1.2.3.4", "5m", "1e999", "foo[5m][5m]",
        "bool", "on", "group_left", "atan2", "on(foo)", "by (foo)", "sum by (job) 5", "foo{job=\"a\",,}", "foo{,}",
        "foo[0s]", "foo offset 0s", "foo[5m:0s]", "foo @ 1 [5m]", "sum by (job) (foo) by (a)"
    })
    void invalidExpressionsAreSyntaxErrors(String source) {
        PromQLSyntaxException error = assertThrows(PromQLSyntaxException.class, () -> PromQL.parse(source));
        assertTrue(error.offset() >= 0 && error.span().end() <= source.length(), error::getMessage);
    }

    @Test
    void messagesSayWhatWasExpectedAndWhere() {
        PromQLSyntaxException error = assertThrows(PromQLSyntaxException.class,
                () -> PromQL.parse("rate(foo[5m] by (job)"));
        assertEquals("expected ')' after function arguments, got 'by'", error.reason());
        assertEquals(13, error.offset());

        error = assertThrows(PromQLSyntaxException.class, () -> PromQL.parse("sum(x) + "));
        assertEquals("unexpected end of input, expected an expression", error.reason());
        assertEquals(9, error.offset());

        error = assertThrows(PromQLSyntaxException.class, () -> PromQL.parse("x / bool y"));
        assertEquals("bool modifier can only be used on comparison operators, not '/'", error.reason());
        assertEquals(4, error.offset());

        error = assertThrows(PromQLSyntaxException.class, () -> PromQL.parse("rat(x[5m])"));
        assertEquals("unknown function 'rat'", error.reason());

        error = assertThrows(PromQLSyntaxException.class, () -> PromQL.parse("x[1m1h]"));
        assertTrue(error.reason().startsWith("invalid duration '1m1h'"), error.reason());
        assertEquals(2, error.offset());
    }
}
