package dev.obsc.compiler.promql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReferencesTest {

    @Test
    void collectsSelectorsGroupingsMatchingsAndCalls() {
        References references = References.of(PromQL.parse(
                "sum by (job) (rate(a_total{code=~\"5..\"}[5m])) / on(job) group_left(team) max by (job, team) (team_info)"
                        + " or {__name__=\"b\", env=\"prod\"}"));
        assertEquals(Set.of("a_total", "team_info", "b"), references.metricNames());
        assertEquals(List.of("a_total", "team_info", "b"), references.selectors().stream()
                .map(s -> s.effectiveMetricName().orElseThrow()).collect(Collectors.toList()));
        assertEquals(List.of("rate"), references.functionCalls().stream().map(FunctionCall::name).collect(Collectors.toList()));
        assertEquals(2, references.aggregations().size());
        assertEquals(List.of("job"), references.vectorMatchings().get(0).labels());
        assertEquals(Set.of("code", "job", "team", "env"), references.labelNames());
    }
}
