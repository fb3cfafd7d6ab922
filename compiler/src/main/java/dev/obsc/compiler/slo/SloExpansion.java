package dev.obsc.compiler.slo;

import dev.obsc.compiler.diagnostics.Diagnostics;
import dev.obsc.model.AlertGroup;
import dev.obsc.model.MonitoringModel;
import dev.obsc.model.RuleGroup;
import dev.obsc.model.RuleTest;
import dev.obsc.model.Slo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SLO stage, before analysis: checks each SLO (SLO001-SLO014) and expands every valid one into
 * plain recording rule groups (its own, plus the groups all SLOs share), one alert group per service
 * and rule tests appended to the model. Everything after
 * it (PromQL type checks, rule and alert checks, routing analysis, promtool tests) treats SLO output
 * like hand-written rules. Linear in the number of SLOs.
 */
public final class SloExpansion {
    private SloExpansion() {
    }

    public static MonitoringModel expand(MonitoringModel model, Diagnostics out) {
        if (model.slos().isEmpty()) {
            return model;
        }
        List<Slo> valid = new SloChecks(model.metrics(), out).valid(model.slos());
        // In evaluation order: every service's SLOs' base rates, then the shared windows, burn rates and budgets.
        Map<String, List<Slo>> byService = new LinkedHashMap<>();
        valid.forEach(slo -> byService.computeIfAbsent(slo.service(), s -> new ArrayList<>()).add(slo));
        // Services expand independently: in parallel, kept in declaration order.
        List<RuleGroup> recording = new ArrayList<>(byService.entrySet().parallelStream()
                .map(service -> SloRecordingRules.base(service.getKey(), service.getValue())).toList());
        recording.addAll(SloSharedRules.of(valid));
        record ServiceOutput(AlertGroup alerts, List<RuleTest> tests) {
        }
        List<ServiceOutput> perService = byService.entrySet().parallelStream().map(service -> {
            ServiceSloAlerts alerts = SloAlerts.of(service.getKey(), service.getValue());
            List<RuleTest> serviceTests = new ArrayList<>();
            service.getValue().forEach(slo -> serviceTests.addAll(SloRuleTests.of(slo, alerts)));
            return new ServiceOutput(alerts.group(), serviceTests);
        }).toList();
        List<AlertGroup> alerting = perService.stream().map(ServiceOutput::alerts).toList();
        List<RuleTest> tests = perService.stream().flatMap(service -> service.tests().stream()).toList();
        return SloDashboards.addTo(model.withAppended(recording, alerting, tests), valid);
    }
}
