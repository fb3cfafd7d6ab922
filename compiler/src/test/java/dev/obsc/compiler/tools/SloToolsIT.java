package dev.obsc.compiler.tools;

import dev.obsc.compiler.CompileResult;
import dev.obsc.compiler.Compiler;
import dev.obsc.compiler.fixtures.SloFixture;
import dev.obsc.dsl.Counter;
import dev.obsc.dsl.Definitions;
import dev.obsc.dsl.Label;
import dev.obsc.dsl.Monitoring;
import dev.obsc.model.BurnTier;
import dev.obsc.model.Secret;
import dev.obsc.compiler.write.AtomicWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What SLOs expand into passes promtool's lint, the generated burn-rate tests pass under promtool,
 * and they fail when an alert's threshold is wrong.
 */
class SloToolsIT {
    private static final String PAGE_TESTS = "prometheus/tests/slo_availability_30d_page_1h.yml";

    @TempDir
    Path out;

    @Test
    void sloRulesPassPromtoolAndTheirGeneratedTestsPass() throws Exception {
        Path dir = compile(new SloFixture(), "right");
        OutputChecks.assertRulesPass(dir.resolve("prometheus/recording_rules.yml"));
        OutputChecks.assertRulesPass(dir.resolve("prometheus/alerting_rules.yml"));
        for (String service : new String[] {"checkout", "search"}) {
            OutputChecks.assertRulesPass(dir.resolve("prometheus/slos/" + service + ".yml"));
        }
        OutputChecks.assertRuleTestsPass(dir.resolve("prometheus/tests"));
    }

    /**
     * Three SLOs of one service share each tier's alert and the no-data alert: every SLO's generated
     * tests (its burn fires the shared alert with its own name, description and runbook; the others
     * stay silent; its no-data alert fires for it alone) pass against the one rule file, and fail
     * when the shared page threshold is wrong.
     */
    @Test
    void alertsSharedBySeveralSlosFireForTheSloThatBurns() throws Exception {
        Path dir = compile(sharedSlos("14.4"), "shared");
        String alerts = Files.readString(dir.resolve("prometheus/slos/shop.yml"));
        assertTrue(alerts.contains("alert: ShopSloBurn30dPage1h"), alerts);
        assertFalse(alerts.contains("alert: BrowseBudgetBurn"), "one rule serves all three SLOs");
        OutputChecks.assertRulesPass(dir.resolve("prometheus/slos/shop.yml"));
        try (var tests = Files.list(dir.resolve("prometheus/tests"))) {
            // Per SLO: 4 tiers and no data.
            assertEquals(15, tests.count());
        }
        OutputChecks.assertRuleTestsPass(dir.resolve("prometheus/tests"));

        Path wrong = compile(sharedSlos("20"), "shared-wrong");
        String rules = "prometheus/slos/shop.yml";
        Files.copy(wrong.resolve(rules), dir.resolve(rules), StandardCopyOption.REPLACE_EXISTING);
        ExternalTool.Result result = ExternalTool.run("promtool", "test", "rules",
                dir.resolve("prometheus/tests/slo_search_30d_page_1h.yml").toString());
        assertFalse(result.ok(), "promtool must reject a wrongly thresholded shared alert:\n" + result.output());
    }

    private static Definitions sharedSlos(String pageFactor) {
        return () -> {
            Monitoring m = new Monitoring("shared slos");
            Label job = Label.of("job");
            Label code = Label.of("code");
            Counter requests = m.counter("shop_requests_total", "Requests.", job, code);
            for (String name : List.of("browse", "search", "cart")) {
                m.slo(name).owner("web", "shop").description("Requests of " + name + " succeed").objective("0.999")
                        .badOverTotal(requests.where(job.eq(name), code.eq("500")), requests.where(job.eq(name)))
                        .by(job)
                        .tierFactor(BurnTier.PAGE_1H, pageFactor)
                        .runbook("https://runbooks.example/slo/" + name);
            }
            var pages = m.alertmanager().receiver("pages", r -> r.pagerDuty(new Secret("/etc/alertmanager/secrets/pagerduty")));
            m.alertmanager().route(root -> root.receiver(pages).groupBy("alertname", "slo"));
            return m.build();
        };
    }

    @Test
    void aPageThresholdTooHighFailsTheGeneratedFiringTest() throws Exception {
        // 20x instead of 14.4x: a burn of 15.84x no longer pages.
        String output = runRightTestsAgainst(SloFixture.withWrongPageFactor("20"));
        assertTrue(output.contains("burning 1.1x the threshold fires within a long window"), output);
    }

    @Test
    void aPageThresholdTooLowFailsTheGeneratedSilentTest() throws Exception {
        // 10x instead of 14.4x: a burn of 12.96x (0.9 of 14.4) pages, which it must not.
        String output = runRightTestsAgainst(SloFixture.withWrongPageFactor("10"));
        assertTrue(output.contains("burning 0.9x the threshold never fires"), output);
    }

    /** The tests generated for the right SLO, run against the rules of a wrong one: promtool must fail. */
    private String runRightTestsAgainst(SloFixture wrong) throws Exception {
        Path right = compile(new SloFixture(), "right");
        Path mistaken = compile(wrong, "wrong");
        String rules = "prometheus/slos/checkout.yml";
        Files.copy(mistaken.resolve(rules), right.resolve(rules), StandardCopyOption.REPLACE_EXISTING);
        ExternalTool.Result result = ExternalTool.run("promtool", "test", "rules", right.resolve(PAGE_TESTS).toString());
        assertFalse(result.ok(), "promtool must reject a wrongly thresholded SLO alert:\n" + result.output());
        return result.output();
    }

    private Path compile(Definitions fixture, String name) throws Exception {
        CompileResult result = Compiler.compile(fixture.define());
        assertEquals(java.util.List.of(), result.diagnostics());
        Path dir = out.resolve(name);
        AtomicWriter.write(dir, result.files());
        return dir;
    }
}
