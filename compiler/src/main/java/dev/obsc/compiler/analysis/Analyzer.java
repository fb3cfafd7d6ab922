package dev.obsc.compiler.analysis;

import dev.obsc.compiler.analysis.routing.AlertLabels;
import dev.obsc.compiler.analysis.routing.RoutingAnalysis;
import dev.obsc.compiler.analysis.routing.RoutingTable;
import dev.obsc.compiler.diagnostics.Diagnostics;
import dev.obsc.model.MonitoringModel;

import java.util.List;

/** Runs every check over the model; each check adds to the same diagnostics, so one run reports all. */
public final class Analyzer {
    private Analyzer() {
    }

    public static Analysis analyze(MonitoringModel model, Diagnostics out) {
        Diagnostics raw = new Diagnostics();
        Analysis analysis = check(model, raw);
        List<AcceptedWarning> accepted = SuppressionFilter.apply(model, raw.sorted(), out);
        return new Analysis(analysis.queries(), analysis.catalog(), accepted, analysis.routing());
    }

    private static Analysis check(MonitoringModel model, Diagnostics out) {
        // Parsing every rule's query is the largest part and depends on nothing else: it runs while
        // the checks that need no parse tree do.
        java.util.concurrent.CompletableFuture<RuleTrees> parsed =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> RuleTrees.of(model));
        model.scrapeInterval().ifPresent(interval ->
                Durations.check(interval, "scrape interval", dev.obsc.model.SourcePosition.UNKNOWN, out));
        CatalogChecks.check(model, out);
        RuleChecks.check(model, out);
        AlertChecks.check(model, out);
        SecretNames.check(model, out);
        AlertmanagerChecks.check(model.alertmanager(), out);
        TemplateChecks.check(model.alertmanager(), out);
        GrafanaChecks.check(model.grafana(), out);
        RuleTrees trees = parsed.join();
        StackChecks.check(model, trees, out);
        RuleTestChecks.check(model, out);
        QueryChecks queries = new QueryChecks(out, trees);
        queries.check(model);
        List<AlertLabels> alerts = model.alerts().stream()
                .map(alert -> AlertLabels.of(alert, queries.labelsOf(alert))).toList();
        RoutingTable routing = RoutingAnalysis.analyze(model.alertmanager(), alerts, out);
        AlertsQueryChecks.check(model, routing, out);
        return new Analysis(queries::print, queries.catalog(), List.of(), routing);
    }
}
