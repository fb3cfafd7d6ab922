package dev.obsc.compiler.lowering.grafana;

import dev.obsc.model.Datasource;
import dev.obsc.model.DatasourceType;
import dev.obsc.model.GrafanaModel;
import dev.obsc.model.Panel;

import java.util.Comparator;
import java.util.Optional;

/** Which datasource a panel without one of its own queries. */
public final class GrafanaDatasources {
    private GrafanaDatasources() {
    }

    /** The Prometheus datasource marked default, else the first Prometheus datasource declared. */
    public static Optional<Datasource> defaultPrometheus(GrafanaModel grafana) {
        return defaultOf(grafana, DatasourceType.PROMETHEUS);
    }

    /** The datasource of {@code type} marked default, else the first of that type declared. */
    public static Optional<Datasource> defaultOf(GrafanaModel grafana, DatasourceType type) {
        return grafana.datasources().stream()
                .filter(d -> d.type() == type)
                .min(Comparator.comparing((Datasource d) -> !d.isDefault()));
    }

    /** The panel's own datasource, else the default one for its queries' language. */
    public static Optional<Datasource> of(GrafanaModel grafana, Panel panel) {
        if (panel.datasourceUid().isPresent()) {
            return grafana.datasources().stream().filter(d -> d.uid().equals(panel.datasourceUid().get())).findFirst();
        }
        return defaultOf(grafana, panel.targetKind().datasource());
    }
}
