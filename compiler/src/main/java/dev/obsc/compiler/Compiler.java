package dev.obsc.compiler;

import dev.obsc.compiler.analysis.Analysis;
import dev.obsc.compiler.analysis.Analyzer;
import dev.obsc.compiler.diagnostics.Diagnostics;
import dev.obsc.compiler.emit.Emitter;
import dev.obsc.compiler.emit.OutputFile;
import dev.obsc.compiler.lowering.Document;
import dev.obsc.compiler.lowering.alertmanager.AlertmanagerLowering;
import dev.obsc.compiler.lowering.grafana.DashboardLinks;
import dev.obsc.compiler.lowering.grafana.GrafanaLowering;
import dev.obsc.compiler.lowering.prometheus.RuleFilesLowering;
import dev.obsc.compiler.lowering.prometheus.RuleTestsLowering;
import dev.obsc.compiler.lowering.reports.RoutingReport;
import dev.obsc.compiler.lowering.stack.EnvironmentsLowering;
import dev.obsc.compiler.lowering.reports.SuppressionsReport;
import dev.obsc.compiler.slo.SloExpansion;
import dev.obsc.compiler.verify.OutputVerifier;
import dev.obsc.model.MonitoringModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The pipeline: analysis, lowering, emission and verification of a model. Writing is left to the
 * caller, which writes only a result without errors.
 */
public final class Compiler {
    private Compiler() {
    }

    public static CompileResult compile(MonitoringModel declared) {
        return compile(declared, new Timings());
    }

    /** Compiles {@code declared}, recording each stage's wall time in {@code timings}. */
    public static CompileResult compile(MonitoringModel declared, Timings timings) {
        Diagnostics diagnostics = new Diagnostics();
        // SLOs become plain rules, alerts and tests first, so every later check applies to them.
        MonitoringModel model = timings.time("slo", () -> SloExpansion.expand(declared, diagnostics));
        Analysis analysis = timings.time("analysis", () -> Analyzer.analyze(model, diagnostics));
        if (diagnostics.hasErrors()) {
            return new CompileResult(diagnostics.sorted(), List.of());
        }
        Emitter emitter = new Emitter(model.name());
        List<Document> documents = timings.time("lowering", () -> lower(model, analysis, emitter));
        // Emitting is per document and the emitter is stateless: use every core.
        List<OutputFile> files = timings.time("emit", () -> documents.parallelStream().map(emitter::emit)
                .sorted(Comparator.comparing(OutputFile::path)).toList());
        timings.timeStep("verify", () -> new OutputVerifier().verify(documents, files, diagnostics));
        return new CompileResult(diagnostics.sorted(), diagnostics.hasErrors() ? List.of() : files);
    }

    private static List<Document> lower(MonitoringModel model, Analysis analysis, Emitter emitter) {
        // Alerts link to dashboards of a Grafana; with environments, of each environment's own.
        Function<String, List<Document>> rulesLinkingTo = grafanaUrl -> new RuleFilesLowering(analysis.queries(),
                new DashboardLinks(model.grafana(), grafanaUrl)::url).lower(model);
        Function<String, List<Document>> ruleTestsLinkingTo = grafanaUrl -> new RuleTestsLowering(
                new DashboardLinks(model.grafana(), grafanaUrl)::url).lower(model);
        List<Document> grafana = new GrafanaLowering(analysis.queries()).lower(model.grafana());
        List<Document> reports = List.of(SuppressionsReport.lower(analysis.acceptedWarnings()),
                RoutingReport.lower(analysis.routing(), model.alertmanager()));
        String grafanaUrl = model.grafana().baseUrl();
        if (!model.stack().environments().isEmpty()) {
            return new EnvironmentsLowering(model.stack(), model.name(), model.grafana().pluginsToInstall(),
                    emitter::toYaml, emitter::toJson)
                    .lower(rulesLinkingTo, ruleTestsLinkingTo, grafanaUrl, grafana, model.alertmanager(), reports);
        }
        // Without environments: one set of files, at the top of the output.
        List<Document> documents = new ArrayList<>();
        documents.addAll(rulesLinkingTo.apply(grafanaUrl));
        documents.addAll(ruleTestsLinkingTo.apply(grafanaUrl));
        documents.addAll(new AlertmanagerLowering().lower(model.alertmanager()));
        documents.addAll(grafana);
        documents.addAll(reports);
        return documents;
    }
}
