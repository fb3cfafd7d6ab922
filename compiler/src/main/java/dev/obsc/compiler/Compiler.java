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
import dev.obsc.compiler.lowering.reports.SuppressionsReport;
import dev.obsc.compiler.slo.SloExpansion;
import dev.obsc.compiler.verify.OutputVerifier;
import dev.obsc.model.MonitoringModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The pipeline: analysis, lowering, emission and verification of a model. Writing is left to the
 * caller, which writes only a result without errors.
 */
public final class Compiler {
    private Compiler() {
    }

    public static CompileResult compile(MonitoringModel declared) {
        Diagnostics diagnostics = new Diagnostics();
        // SLOs become plain rules, alerts and tests first, so every later check applies to them.
        MonitoringModel model = SloExpansion.expand(declared, diagnostics);
        Analysis analysis = Analyzer.analyze(model, diagnostics);
        if (diagnostics.hasErrors()) {
            return new CompileResult(diagnostics.sorted(), List.of());
        }
        List<Document> documents = lower(model, analysis);
        Emitter emitter = new Emitter(model.name());
        // Emitting is per document and the emitter is stateless: use every core.
        List<OutputFile> files = documents.parallelStream().map(emitter::emit)
                .sorted(Comparator.comparing(OutputFile::path)).toList();
        new OutputVerifier().verify(documents, files, diagnostics);
        return new CompileResult(diagnostics.sorted(), diagnostics.hasErrors() ? List.of() : files);
    }

    private static List<Document> lower(MonitoringModel model, Analysis analysis) {
        List<Document> documents = new ArrayList<>();
        DashboardLinks links = new DashboardLinks(model.grafana());
        documents.addAll(new RuleFilesLowering(analysis.queries(), links::url).lower(model));
        documents.addAll(new RuleTestsLowering(links::url).lower(model));
        documents.addAll(new AlertmanagerLowering().lower(model.alertmanager()));
        documents.addAll(new GrafanaLowering(analysis.queries()).lower(model.grafana()));
        documents.add(SuppressionsReport.lower(analysis.acceptedWarnings()));
        documents.add(RoutingReport.lower(analysis.routing(), model.alertmanager()));
        return documents;
    }
}
