package dev.obsc.compiler.emit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which strings the YAML emitter quotes: anything a YAML 1.1 or 1.2 reader would take for another type. */
class Yaml11SafeQuotingTest {
    private final Yaml11SafeQuoting quoting = new Yaml11SafeQuoting();

    @ParameterizedTest
    @ValueSource(strings = {"2024-01-01", "12:30", "-1:20", "<<", "~", ".inf", "-.Inf", "+.nan", ".5", "-.5e3", "+1",
            "0x1F", "0o17", "017", "0b101", "1_000", "1e3", "0.10", "30", "true", "no", "on", "Yes", "null", "",
            " lead", "trail ", "- item", "key: value", "x #comment", "ends:", "*alias", "&anchor", "!tag", "|", ">",
            "%d", "@at", "`tick", "'q", "\"q", "{a}", "[a]", "?q", ",c", "a\tb"})
    void quotesWhatAReaderWouldTakeForAnotherTypeOrSyntax(String value) {
        assertTrue(quoting.needToQuoteValue(value), value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rate(http_requests_total[5m])", "slo:sli_error:rate5m", "svc-1", "5m", "1h30m", "v1.2.3",
            "a-2024-01-01", "team1", "http://x.example/d/a?viewPanel=3", "12 apples", "+ sign later"})
    void leavesReadableStringsPlain(String value) {
        assertFalse(quoting.needToQuoteValue(value), value);
    }
}
