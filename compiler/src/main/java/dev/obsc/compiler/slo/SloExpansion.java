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
        List<AlertGroup> alerting = new ArrayList<>();
        List<RuleTest> tests = new ArrayList<>();
        List<Slo> valid = new SloChecks(model.metrics(), out).valid(model.slos());
        // In evaluation order: every SLO's base rates, then the shared windows, burn rates and budgets.
        List<RuleGroup> recording = new ArrayList<>();
        valid.forEach(slo -> recording.add(SloRecordingRules.base(slo)));
        recording.addAll(SloSharedRules.of(valid));
        Map<String, List<Slo>> byService = new LinkedHashMap<>();
        valid.forEach(slo -> byService.computeIfAbsent(slo.service(), s -> new ArrayList<>()).add(slo));
        byService.forEach((service, slos) -> {
            ServiceSloAlerts alerts = SloAlerts.of(service, slos);
            alerting.add(alerts.group());
            slos.forEach(slo -> tests.addAll(SloRuleTests.of(slo, alerts)));
        });
        return SloDashboards.addTo(model.withAppended(recording, alerting, tests), valid);
    }
}
