package dev.obsc.compiler.imports;

import dev.obsc.compiler.diagnostics.Diagnostics;
import dev.obsc.dsl.DatasourceRef;
import dev.obsc.dsl.Monitoring;
import dev.obsc.model.DatasourceType;
import dev.obsc.model.Metric;
import dev.obsc.model.MonitoringModel;
import dev.obsc.model.Secret;
import dev.obsc.model.Slo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code obsc import}: reads Sloth {@code prometheus/v1} and OpenSLO v1 spec files into obsc's SLO
 * model, with the metric catalog their queries imply. Every problem of every file is reported at
 * the spec's file:line; the compiler then treats the imported SLOs like declared ones.
 */
public final class SpecImporter {
    static final String UNREADABLE = "IMPORT001";
    static final String UNKNOWN_KIND = "IMPORT002";
    /** Where the imported model's Prometheus datasource and dashboards are. */
    static final String DATASOURCE_UID = "prometheus";
    static final String DASHBOARD_FOLDER = "SLOs";
    static final String PAGER_SECRET = "/etc/alertmanager/secrets/pagerduty";
    static final String NO_RUNBOOK = "IMPORT008";

    private SpecImporter() {
    }

    /** What the spec files declare. */
    public record Imported(List<Slo> slos, List<Metric> metrics) {
        /** A model of these SLOs and metrics, with a default Prometheus datasource and the SLO dashboards. */
        public MonitoringModel model() {
            Monitoring m = new Monitoring("imported SLO specs");
            DatasourceRef prometheus = m.grafana().datasource(DATASOURCE_UID, "Prometheus", DatasourceType.PROMETHEUS,
                    "http://prometheus:9090", true);
            m.grafana().sloDashboards(DASHBOARD_FOLDER, prometheus);
            // Import writes no Alertmanager configuration (route the alerts by their slo, severity and
            // team labels in your own); this receiver only lets the routing checks run.
            var pages = m.alertmanager().receiver("slo-alerts", r -> r.pagerDuty(new Secret(PAGER_SECRET)));
            m.alertmanager().route(root -> root.receiver(pages).groupBy("alertname", "slo"));
            MonitoringModel base = m.build();
            return new MonitoringModel(base.name(), base.scrapeInterval(), metrics, List.of(), List.of(),
                    base.alertmanager(), base.grafana(), List.of(), base.stack(), slos);
        }
    }

    /** A parsed document and the file it came from. */
    private record Document(SpecFields fields, SpecNode.Mapping root) {
    }

    /** Reads {@code files}; a file that cannot be read at all is an I/O error, anything in it a diagnostic. */
    public static Imported read(List<Path> files, Diagnostics out) throws IOException {
        List<Document> documents = new ArrayList<>();
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            SpecFields fields = new SpecFields(file.toString().replace('\\', '/'), out);
            try {
                for (SpecNode node : SpecReader.documents(text)) {
                    fields.asMapping(node, "a spec document").ifPresent(root -> documents.add(new Document(fields, root)));
                }
            } catch (SpecReader.SyntaxError e) {
                out.error(UNREADABLE, fields.at(e.line), "not valid YAML: " + e.getMessage());
            }
        }
        InferredCatalog catalog = new InferredCatalog();
        Map<String, OpenSloImport.SliDocument> slis = new TreeMap<>();
        Map<String, String> datasources = new TreeMap<>();
        for (Document d : documents) {
            if (isOpenSlo(d) && kind(d).equals("SLI")) {
                name(d).ifPresent(name -> slis.put(name, new OpenSloImport.SliDocument(d.fields(), d.root())));
            } else if (isOpenSlo(d) && kind(d).equals("DataSource")) {
                name(d).ifPresent(name -> datasources.put(name, d.root().get("spec")
                        .filter(s -> s instanceof SpecNode.Mapping).flatMap(s -> d.fields().text((SpecNode.Mapping) s, "type"))
                        .orElse("")));
            }
        }
        OpenSloImport openSlo = new OpenSloImport(slis, datasources, catalog);
        List<Slo> slos = new ArrayList<>();
        for (Document d : documents) {
            SpecFields fields = d.fields();
            Optional<String> version = fields.text(d.root(), "version");
            if (version.isPresent() && version.get().equals(SlothImport.VERSION)) {
                slos.addAll(new SlothImport(fields, new SliQueryImport(fields, catalog)).read(d.root()));
            } else if (kind(d).equals("PrometheusServiceLevel") && fields.text(d.root(), "apiVersion")
                    .filter(v -> v.startsWith("sloth.slok.dev/")).isPresent()) {
                fields.requiredMapping(d.root(), "spec", "the PrometheusServiceLevel")
                        .ifPresent(spec -> slos.addAll(new SlothImport(fields, new SliQueryImport(fields, catalog)).read(spec)));
            } else if (isOpenSlo(d)) {
                switch (kind(d)) {
                    case "SLO" -> openSlo.read(fields, d.root()).ifPresent(slos::add);
                    case "SLI", "DataSource", "Service" -> {
                        // read above, or only descriptive
                    }
                    default -> fields.warning(AlertExtras.IGNORED, d.root(), "OpenSLO kind '" + kind(d)
                            + "' is not imported; obsc imports SLO, SLI and DataSource");
                }
            } else {
                fields.error(UNKNOWN_KIND, d.root(), "not a spec obsc imports: expected a Sloth spec (version: \""
                        + SlothImport.VERSION + "\") or an OpenSLO object (apiVersion: " + OpenSloImport.API_VERSION
                        + ")" + fields.text(d.root(), "apiVersion").map(v -> ", found apiVersion: " + v).orElse(""));
            }
        }
        return new Imported(slos, catalog.metrics());
    }

    private static boolean isOpenSlo(Document d) {
        return d.fields().text(d.root(), "apiVersion").filter(v -> v.equals(OpenSloImport.API_VERSION)).isPresent();
    }

    private static String kind(Document d) {
        return d.fields().text(d.root(), "kind").orElse("");
    }

    private static Optional<String> name(Document d) {
        return d.fields().mapping(d.root(), "metadata").flatMap(m -> d.fields().text(m, "name"));
    }
}
