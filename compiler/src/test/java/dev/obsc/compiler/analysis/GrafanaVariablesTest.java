package dev.obsc.compiler.analysis;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Grafana variables in queries: which are used, and what the PromQL checker sees instead. */
class GrafanaVariablesTest {
    @Test
    void findsEveryReferenceSyntaxButNotBuiltIns() {
        assertEquals(Set.of("job", "env", "route"),
                GrafanaVariables.used("x{job=~\"$job\", env=\"${env:regex}\", route=\"[[route]]\"}[$__rate_interval]"));
    }

    @Test
    void rangesBecomeDurationsNumbersBecomeOneAndLabelValuesStay() {
        assertEquals("rate(x{job=~\"$job\"}[5m])", GrafanaVariables.expandForChecking("rate(x{job=~\"$job\"}[$__rate_interval])"));
        assertEquals("max_over_time(x[1h:5m])", GrafanaVariables.expandForChecking("max_over_time(x[1h:$interval])"));
        assertEquals("increase(x[5m]) / 1", GrafanaVariables.expandForChecking("increase(x[$__range]) / $__range_s"));
        assertEquals("topk(1, x)", GrafanaVariables.expandForChecking("topk(${n}, x)"));
    }
}
