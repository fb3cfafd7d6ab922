package dev.obsc.compiler.lowering.grafana;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.obsc.compiler.lowering.Trees;
import dev.obsc.model.Dashboard;
import dev.obsc.model.Datasource;
import dev.obsc.model.GrafanaModel;

import java.util.Locale;
import java.util.TreeSet;

/**
 * Grafana provisioning: the datasources, and one dashboard provider per folder. Grafana expands
 * {@code $VAR} in provisioning files from its environment, so a literal {@code $} is written {@code $$}.
 */
final class ProvisioningLowering {
    static final String DATASOURCES = "grafana/provisioning/datasources/datasources.yml";
    static final String PROVIDERS = "grafana/provisioning/dashboards/dashboards.yml";
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
            switch (d.type()) {
                case PROMETHEUS -> {
                    jsonData.put("httpMethod", "POST");
                    jsonData.put("prometheusType", "Prometheus");
                }
                case ALERTMANAGER -> {
                    jsonData.put("implementation", "prometheus");
                    jsonData.put("handleGrafanaManagedAlerts", false);
                }
                case LOKI -> jsonData.put("maxLines", 1000);
                case JAEGER -> jsonData.putObject("nodeGraph").put("enabled", true);
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
        return folder.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String escape(String value) {
        return value.replace("$", "$$");
    }
}
