package dev.obsc.compiler.lowering.grafana;

import dev.obsc.model.Datasource;
import dev.obsc.model.DatasourceType;
import dev.obsc.model.GrafanaModel;

import java.util.Comparator;
import java.util.Optional;

/** Which datasource a panel without one of its own queries. */
public final class GrafanaDatasources {
    private GrafanaDatasources() {
    }

    /** The Prometheus datasource marked default, else the first Prometheus datasource declared. */
    public static Optional<Datasource> defaultPrometheus(GrafanaModel grafana) {
        return grafana.datasources().stream()
                .filter(d -> d.type() == DatasourceType.PROMETHEUS)
                .min(Comparator.comparing((Datasource d) -> !d.isDefault()));
    }
}
