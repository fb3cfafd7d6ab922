package dev.obsc.compiler.lowering.grafana;

import dev.obsc.compiler.lowering.Slugs;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.obsc.compiler.lowering.Trees;
import dev.obsc.model.Dashboard;
import dev.obsc.model.Datasource;
import dev.obsc.model.DatasourceType;
import dev.obsc.model.GrafanaModel;

import java.util.Optional;
import java.util.TreeSet;

/**
 * Grafana provisioning: the datasources, and one dashboard provider per folder. Grafana expands
 * {@code $VAR} in provisioning files from its environment, so a literal {@code $} is written {@code $$}.
 */
final class ProvisioningLowering {
    static final String DATASOURCES = "grafana/provisioning/datasources/datasources.yml";
    static final String PROVIDERS = "grafana/provisioning/dashboards/dashboards.yml";
    /** The label and log field that carry a trace id, linking metrics and logs to traces. */
    static final String TRACE_ID_LABEL = "trace_id";
    /** Where the deployment mounts generated/grafana/dashboards inside the Grafana container. */
    static final String DASHBOARDS_MOUNT = "/var/lib/grafana/dashboards";

    private ProvisioningLowering() {
    }

    static ObjectNode datasources(GrafanaModel grafana) {
        ObjectNode root = Trees.object();
        root.put("apiVersion", 1);
        ArrayNode list = root.putArray("datasources");
        for (Datasource d : grafana.datasources()) {
            ObjectNode node = list.addObject();
            node.put("uid", d.uid());
            node.put("name", escape(d.name()));
            node.put("type", d.type().pluginId());
            node.put("access", "proxy");
            node.put("url", escape(d.url()));
            node.put("isDefault", d.isDefault());
            node.put("editable", false);
            ObjectNode jsonData = node.putObject("jsonData");
            Optional<Datasource> jaeger = GrafanaDatasources.defaultOf(grafana, DatasourceType.JAEGER);
            Optional<Datasource> loki = GrafanaDatasources.defaultOf(grafana, DatasourceType.LOKI);
            switch (d.type()) {
                case PROMETHEUS -> {
                    // Exemplars carry the trace id: clicking one opens the trace in Jaeger.
                    jaeger.ifPresent(j -> jsonData.putArray("exemplarTraceIdDestinations").addObject()
                            .put("datasourceUid", j.uid()).put("name", TRACE_ID_LABEL));
                    jsonData.put("httpMethod", "POST");
                    jsonData.put("prometheusType", "Prometheus");
                }
                case ALERTMANAGER -> {
                    jsonData.put("handleGrafanaManagedAlerts", false);
                    jsonData.put("implementation", "prometheus");
                }
                case ALERTMANAGER_ALERTS -> {
                    // The plugin needs no settings beyond the URL of Alertmanager's API.
                }
                case LOKI -> {
                    // A trace id in a log line links to the trace in Jaeger.
                    jaeger.ifPresent(j -> jsonData.putArray("derivedFields").addObject()
                            .put("datasourceUid", j.uid())
                            .put("matcherRegex", TRACE_ID_LABEL + "=(\\w+)")
                            .put("name", "TraceID")
                            .put("url", escape("${__value.raw}")));
                    jsonData.put("maxLines", 1000);
                }
                case JAEGER -> {
                    jsonData.putObject("nodeGraph").put("enabled", true);
                    // From a span to the logs of its service around the span's time.
                    loki.ifPresent(l -> {
                        ObjectNode toLogs = jsonData.putObject("tracesToLogsV2");
                        toLogs.put("datasourceUid", l.uid());
                        toLogs.put("filterByTraceID", true);
                        toLogs.put("spanEndTimeShift", "5m");
                        toLogs.put("spanStartTimeShift", "-5m");
                        // Loki labels logs received over OTLP with service.name as service_name.
                        toLogs.putArray("tags").addObject().put("key", "service.name").put("value", "service_name");
                    });
                }
            }
        }
        return root;
    }

    static ObjectNode providers(GrafanaModel grafana) {
        ObjectNode root = Trees.object();
        root.put("apiVersion", 1);
        ArrayNode providers = root.putArray("providers");
        TreeSet<String> folders = new TreeSet<>();
        grafana.dashboards().stream().map(Dashboard::folder).forEach(folders::add);
        for (String folder : folders) {
            ObjectNode provider = providers.addObject();
            provider.put("name", escape(folder));
            provider.put("orgId", 1);
            provider.put("folder", escape(folder));
            provider.put("folderUid", folderUid(folder));
            provider.put("type", "file");
            provider.put("disableDeletion", true);
            provider.put("allowUiUpdates", false);
            provider.put("updateIntervalSeconds", 30);
            provider.putObject("options").put("path", DASHBOARDS_MOUNT + "/" + folderUid(folder))
                    .put("foldersFromFilesStructure", false);
        }
        return root;
    }

    /** A folder's uid and directory name: its name in lower case, other characters as dashes. */
    static String folderUid(String folder) {
        return Slugs.of(folder);
    }

    private static String escape(String value) {
        return value.replace("$", "$$");
    }
}
