package dev.obsc.compiler.promql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property: whatever the input, the parser returns a tree or throws
 * {@link PromQLSyntaxException} with an offset inside the input, promptly; and any tree it
 * returns prints and re-parses to the same tree. Seeded, so failures reproduce.
 */
class PromQLFuzzTest {

    private static final long SEED = 20240601L;
    private static final SeriesCatalog CATALOG = SeriesCatalog.of(List.of(
            SeriesInfo.of("foo", SeriesKind.GAUGE, "job", "instance"),
            SeriesInfo.of("bar_total", SeriesKind.COUNTER, "job", "le"),
            SeriesInfo.of("x_bucket", SeriesKind.HISTOGRAM_BUCKET, "job")));
    private static final dev.obsc.compiler.promql.Duration SCRAPE_INTERVAL = dev.obsc.compiler.promql.Duration.ofSeconds(30);
    private static final String[] TOKENS = {
        "sum", "rate", "by", "without", "on", "ignoring", "group_left", "group_right", "bool", "offset", "@",
        "start()", "end()", "and", "or", "unless", "atan2", "topk", "count_values", "histogram_quantile",
        "label_replace", "foo", "bar_total", "job", "le", "inf", "NaN", "(", ")", "{", "}", "[", "]", ",", ":",
        "=", "!=", "=~", "!~", "==", "<=", ">=", "<", ">", "+", "-", "*", "/", "%", "^", "5m", "1h30m", "0",
        "1.5", "0x1f", "1e3", "\"a\"", "'b'", "`c`", "\"\\", "#", "\n", " ", "5", "-", "."
    };

    @Test
    void randomTokenSoupsNeverCrashOrHang() {
        Random random = new Random(SEED);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (int i = 0; i < 20_000; i++) {
                StringBuilder soup = new StringBuilder();
                int length = random.nextInt(12);
                for (int t = 0; t < length; t++) {
                    soup.append(TOKENS[random.nextInt(TOKENS.length)]);
                    if (random.nextBoolean()) {
                        soup.append(' ');
                    }
                }
                checkParsesOrFailsCleanly(soup.toString());
            }
        });
    }

    @Test
    void mutatedCorpusExpressionsNeverCrashOrHang() {
        Random random = new Random(SEED);
        List<String> corpus = Corpus.expressions();
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (int i = 0; i < 30_000; i++) {
                String source = corpus.get(random.nextInt(corpus.size()));
                int mutations = 1 + random.nextInt(3);
                for (int m = 0; m < mutations; m++) {
                    source = mutate(source, random);
                }
                checkParsesOrFailsCleanly(source);
            }
        });
    }

    @Test
    void deepNestingIsRejectedWithADiagnosticNotAStackOverflow() {
        for (String deep : List.of(
                "(".repeat(100_000) + "x" + ")".repeat(100_000),
                "-".repeat(100_000) + "x",
                "x" + " + x".repeat(100_000),
                "x" + " ^ x".repeat(100_000),
                "sum(".repeat(50_000) + "x" + ")".repeat(50_000),
                "abs(".repeat(50_000),
                "[".repeat(100_000))) {
            PromQLSyntaxException error = expectSyntaxError(deep);
            assertTrue(error.offset() >= 0 && error.offset() <= deep.length());
        }
        // Moderately deep expressions are fine.
        String nested = "(".repeat(100) + "x" + ")".repeat(100);
        assertEquals(nested, PromQL.print(PromQL.parse(nested)));
    }

    private static String mutate(String source, Random random) {
        if (source.isEmpty()) {
            return TOKENS[random.nextInt(TOKENS.length)];
        }
        int at = random.nextInt(source.length());
        switch (random.nextInt(5)) {
            case 0: // delete a character
                return source.substring(0, at) + source.substring(at + 1);
            case 1: // duplicate a character
                return source.substring(0, at + 1) + source.substring(at);
            case 2: { // swap two characters
                int other = random.nextInt(source.length());
                char[] chars = source.toCharArray();
                char c = chars[at];
                chars[at] = chars[other];
                chars[other] = c;
                return new String(chars);
            }
            case 3: // insert a token
                return source.substring(0, at) + TOKENS[random.nextInt(TOKENS.length)] + source.substring(at);
            default: // insert an arbitrary character, including non-ASCII and control characters
                return source.substring(0, at) + (char) random.nextInt(0x3000) + source.substring(at);
        }
    }

    private static void checkParsesOrFailsCleanly(String source) {
        Expr parsed;
        try {
            parsed = PromQL.parse(source);
        } catch (PromQLSyntaxException expected) {
            assertTrue(expected.offset() >= 0 && expected.span().end() <= source.length(),
                    () -> "offset out of range for " + source + ": " + expected.getMessage());
            return;
        } catch (RuntimeException | StackOverflowError unexpected) {
            fail("parser threw " + unexpected + " for: " + source, unexpected);
            return;
        }
        String printed = PromQL.print(parsed);
        Expr reparsed;
        try {
            reparsed = PromQL.parse(printed);
        } catch (PromQLSyntaxException e) {
            fail("printed form of " + source + " does not parse: " + printed + ": " + e.getMessage());
            return;
        }
        assertEquals(Ast.withoutSpans(parsed), Ast.withoutSpans(reparsed), () -> source + " printed as " + printed);
        // Whatever parses, the checker handles without throwing.
        for (CheckOptions options : List.of(CheckOptions.query(), CheckOptions.alert(), CheckOptions.recordingRule())) {
            CheckResult result = new TypeChecker(CATALOG, options.withScrapeInterval(SCRAPE_INTERVAL)).check(parsed);
            for (PromQLDiagnostic diagnostic : result.diagnostics()) {
                assertTrue(diagnostic.span().end() <= source.length(), () -> diagnostic + " for " + source);
            }
        }
    }

    private static PromQLSyntaxException expectSyntaxError(String source) {
        try {
            PromQL.parse(source);
        } catch (PromQLSyntaxException expected) {
            return expected;
        } catch (RuntimeException | StackOverflowError unexpected) {
            fail("parser threw " + unexpected.getClass().getName() + " for deep input", unexpected);
        }
        throw new AssertionError("expected a syntax error");
    }
}
