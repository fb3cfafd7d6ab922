package dev.tta.monitoring;

import dev.obsc.dsl.DashboardRef;
import dev.obsc.dsl.Expr;
import dev.obsc.dsl.GrafanaBuilder;
import dev.obsc.dsl.PanelRef;
import dev.obsc.dsl.Selector;
import dev.obsc.model.LegendMode;
import dev.obsc.model.PanelType;
import dev.obsc.model.Unit;

import static dev.obsc.dsl.PromQL.increase;
import static dev.obsc.dsl.PromQL.rate;
import static dev.obsc.dsl.PromQL.sum;
import static dev.tta.monitoring.Catalog.MODEL;
import static dev.tta.monitoring.Catalog.PROVIDER;
import static dev.tta.monitoring.Dashboards.RANGE;
import static dev.tta.monitoring.Dashboards.RATE_INTERVAL;
import static dev.tta.monitoring.Dashboards.selectedJobs;

/**
 * For whoever pays the LLM bill: what TTA.dev spends, on which models and providers, and what
 * the caches save. Savings are estimates: each cache hit is one LLM call not made, valued at
 * {@value RecordingRules#SAVING_PER_CACHE_HIT_USD} USD.
 */
public final class CostOptimizationDashboard {
    public static final DashboardRef REF = DashboardRef.of("tta-cost-optimization");
    public static final PanelRef COST_BY_MODEL = REF.panel("llm-cost-by-model");
    public static final PanelRef CACHE_SAVINGS = REF.panel("cache-savings");

    private CostOptimizationDashboard() {
    }

    static void declare(GrafanaBuilder grafana, Datasources ds, Catalog c, RecordingRules r) {
        Selector cost = c.llmCost.where(selectedJobs());
        Expr spend24h = sum(r.llmCost24h.where(selectedJobs()));
        Expr savings24h = sum(r.estimatedCacheSavings24h.where(selectedJobs()));

        grafana.dashboard(REF, "TTA.dev Cost Optimization", d -> {
            d.description("LLM spend by model and provider, and what caching saves.")
                    .tags("tta", "cost", "business")
                    .folder(Dashboards.FOLDER)
                    .refresh("5m")
                    .time("now-7d", "now");
            Dashboards.suiteLinks(d, REF);
            Dashboards.jobVariable(d, ds, c);
            d.row("LLM spend", row -> row
                            .stat("LLM cost (24h)", p -> p
                                    .query(spend24h)
                                    .unit(Unit.CURRENCY_USD).decimals(2).baseColor("blue"))
                            .stat("Estimated cache savings (24h)", p -> p
                                    .query(savings24h)
                                    .unit(Unit.CURRENCY_USD).decimals(2).baseColor("green"))
                            .stat("Share of LLM spend avoided by caching (24h)", p -> p
                                    .description("Estimated savings over savings plus actual spend: what the bill"
                                            + " would have been without the caches.")
                                    .query(savings24h.dividedBy(savings24h.plus(spend24h).gt("0")))
                                    .unit(Unit.PERCENT_UNIT).decimals(1).range("0", "1")
                                    .baseColor("red").threshold("0.2", "yellow").threshold("0.5", "green"))
                            .stat("LLM cost per 1,000 executions (24h)", p -> p
                                    .query(spend24h.dividedBy(sum(r.executions24h.where(selectedJobs())).gt("0"))
                                            .times("1000"))
                                    .unit(Unit.CURRENCY_USD).decimals(3).baseColor("blue"))
                            .pieChart("LLM cost by provider (selected range)", p -> p
                                    .instantQuery(sum(increase(cost.over(RANGE))).by(PROVIDER), "{{provider}}")
                                    .unit(Unit.CURRENCY_USD).decimals(2)
                                    .legend(LegendMode.TABLE))
                            .panel(COST_BY_MODEL, PanelType.BARGAUGE, "LLM cost by model (24h)", p -> p
                                    .instantQuery(sum(r.llmCostByModel24h.where(selectedJobs())).by(PROVIDER, MODEL),
                                            "{{provider}} {{model}}")
                                    .unit(Unit.CURRENCY_USD).decimals(2).min("0")
                                    .baseColor("blue")
                                    .size(16, 8))
                            .timeseries("LLM spend per hour by provider", p -> p
                                    .query(sum(rate(cost.over(RATE_INTERVAL))).by(PROVIDER).times("3600"),
                                            "{{provider}}")
                                    .unit(Unit.CURRENCY_USD).decimals(2).min("0"))
                            .timeseries("LLM spend per hour by model", p -> p
                                    .query(sum(rate(cost.over(RATE_INTERVAL))).by(PROVIDER, MODEL).times("3600"),
                                            "{{provider}} {{model}}")
                                    .unit(Unit.CURRENCY_USD).decimals(2).min("0")
                                    .legend(LegendMode.TABLE)))
                    .row("Cache savings", row -> row
                            .panel(CACHE_SAVINGS, PanelType.TIMESERIES, "Estimated cache savings and LLM cost (rolling 24h)",
                                    p -> p.query(sum(r.estimatedCacheSavings24h.where(selectedJobs())), "estimated savings")
                                            .query(sum(r.llmCost24h.where(selectedJobs())), "LLM cost")
                                            .unit(Unit.CURRENCY_USD).decimals(2).min("0"))
                            .timeseries("Cache hit ratio by job", p -> p
                                    .description("Every hit is an LLM call not paid for. TTAModerateLowCacheHitRate"
                                            + " warns below 80%.")
                                    .query(r.cacheHitRatio.where(selectedJobs()), "{{job}}")
                                    .unit(Unit.PERCENT_UNIT).decimals(1).range("0", "1")
                                    .baseColor("red").threshold("0.6", "yellow").threshold("0.8", "green"))
                            .text("How savings are estimated", """
                                    Each cache hit is counted as one LLM call not made, worth **%s USD**
                                    (`RecordingRules.SAVING_PER_CACHE_HIT_USD`). Spend is the `tta_llm_cost_total`
                                    counter the primitives increase by each call's price.
                                    """.formatted(RecordingRules.SAVING_PER_CACHE_HIT_USD)));
        });
    }
}
