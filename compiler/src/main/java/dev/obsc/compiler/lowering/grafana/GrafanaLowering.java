package dev.obsc.compiler.lowering.grafana;

import dev.obsc.compiler.lowering.Document;
import dev.obsc.compiler.lowering.QueryPrinter;
import dev.obsc.model.Dashboard;
import dev.obsc.model.GrafanaModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Grafana's files: one dashboard JSON per uid under {@code grafana/dashboards/<folder>/}, and the
 * provisioning of datasources and dashboard folders.
 */
public final class GrafanaLowering {
    public static final String DASHBOARD_SCHEMA = "grafana-dashboard.schema.json";
    /** Grafana's general classic dashboard model, independent of what obsc emits; every dashboard satisfies both. */
    public static final String CLASSIC_DASHBOARD_SCHEMA = "grafana-classic-dashboard.schema.json";
    public static final String DATASOURCES_SCHEMA = "grafana-datasources.schema.json";
    public static final String PROVIDERS_SCHEMA = "grafana-dashboard-providers.schema.json";

    private final QueryPrinter queries;

    public GrafanaLowering(QueryPrinter queries) {
        this.queries = queries;
    }

    public List<Document> lower(GrafanaModel grafana) {
        List<Document> documents = new ArrayList<>();
        if (grafana.dashboards().isEmpty() && grafana.datasources().isEmpty()) {
            return documents;
        }
        DashboardLowering dashboards = new DashboardLowering(grafana, queries);
        for (Dashboard dashboard : grafana.dashboards().stream().sorted(Comparator.comparing(Dashboard::uid)).toList()) {
            documents.add(Document.json("grafana/dashboards/" + ProvisioningLowering.folderUid(dashboard.folder()) + "/"
                    + dashboard.uid() + ".json", dashboards.lower(dashboard), DASHBOARD_SCHEMA));
        }
        documents.add(Document.yaml(ProvisioningLowering.DATASOURCES, ProvisioningLowering.datasources(grafana),
                DATASOURCES_SCHEMA));
        documents.add(Document.yaml(ProvisioningLowering.PROVIDERS, ProvisioningLowering.providers(grafana),
                PROVIDERS_SCHEMA));
        return documents;
    }
}
