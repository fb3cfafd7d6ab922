package dev.obsc.compiler.slo;

import dev.obsc.model.AlertGroup;
import dev.obsc.model.AlertRule;

import dev.obsc.model.Slo;

import java.util.List;
import java.util.Map;

/**
 * The alert group of one service's SLOs, and which of its rules alerts for each SLO: {@code burn}
 * by SLO name, period and tier ({@link #burnKey}), {@code noData} by SLO name; {@code served} lists
 * the SLOs each rule serves, by alert name.
 */
record ServiceSloAlerts(AlertGroup group, Map<String, AlertRule> burn, Map<String, AlertRule> noData,
                        Map<String, List<Slo>> served) {
    ServiceSloAlerts {
        burn = Map.copyOf(burn);
        noData = Map.copyOf(noData);
        served = Map.copyOf(served);
    }

    /** The other SLOs the rule alerting for {@code slo} serves too. */
    List<Slo> sharing(AlertRule alert, Slo slo) {
        return served.get(alert.name()).stream().filter(other -> !other.name().equals(slo.name())).toList();
    }

    static String burnKey(String slo, String period, String tier) {
        return slo + "/" + period + "/" + tier;
    }

    AlertRule burnAlert(String slo, String period, String tier) {
        return burn.get(burnKey(slo, period, tier));
    }
}
