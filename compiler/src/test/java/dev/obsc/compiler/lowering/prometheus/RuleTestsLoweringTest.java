package dev.obsc.compiler.lowering.prometheus;

import dev.obsc.compiler.CompileResult;
import dev.obsc.compiler.Compiler;
import dev.obsc.compiler.emit.OutputFile;
import dev.obsc.dsl.Counter;
import dev.obsc.dsl.Expr;
import dev.obsc.dsl.Label;
import dev.obsc.dsl.Monitoring;
import dev.obsc.dsl.RuleTestBuilder;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which rule files a hand-written rule test loads. */
class RuleTestsLoweringTest {

    @Test
    void aSeriesWhoseNameOnlyContainsSloDoesNotLoadTheSloRuleFiles() {
        // job:myslo:ratio is the team's own series: without SLOs there is no SLO rule file to load.
        Monitoring m = new Monitoring("rule test layout");
        Label job = Label.of("job");
        Counter requests = m.counter("shop_requests_total", "Requests.", job);
        m.recordingRules("shop", "1m").record("job:myslo:rate5m", Expr.raw("sum by (job) (rate(shop_requests_total[5m]))"));
        var team = m.alertmanager().receiver("team", r -> r.webhook("https://hooks.shop.example/alerts"));
        m.alertmanager().route(root -> root.receiver(team).groupBy("alertname"));
        m.ruleTest("own", "the own series is recorded", t -> t
                .series(requests.where(job.eq("shop")), "0+60x10")
                .expectSamples("5m", Expr.raw("job:myslo:rate5m"), RuleTestBuilder.sample("job:myslo:rate5m{job=\"shop\"}", "1")));

        CompileResult result = Compiler.compile(m.build());

        assertFalse(result.hasErrors(), () -> result.diagnostics().toString());
        String test = result.files().stream().filter(f -> f.path().equals("prometheus/tests/own.yml"))
                .map(OutputFile::content).findFirst().orElseThrow();
        assertTrue(test.contains("../recording_rules.yml"), test);
        assertFalse(test.contains("slos/") || test.contains("slo_windows"), test);
    }
}
