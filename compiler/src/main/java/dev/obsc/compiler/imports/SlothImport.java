package dev.obsc.compiler.imports;

import dev.obsc.model.BurnTier;
import dev.obsc.model.RatioSli;
import dev.obsc.model.Severity;
import dev.obsc.model.Slo;
import dev.obsc.model.SloAlerting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Sloth {@code prometheus/v1} specs: a service with SLOs whose SLI is an error query and a total
 * query over {@code {{.window}}}, an objective in percent, and page/ticket alerting. Each becomes
 * an obsc SLO over Sloth's default period (30d) with the SRE Workbook tiers: pages are obsc's
 * critical tiers, tickets its warning tiers. Raw error-ratio SLIs and plugins cannot be traffic
 * weighted, so they are reported (IMPORT005).
 */
final class SlothImport {
    static final String VERSION = "prometheus/v1";
    static final String DEFAULT_PERIOD = "30d";

    private final SpecFields fields;
    private final SliQueryImport queries;
    private final AlertExtras extras;

    SlothImport(SpecFields fields, SliQueryImport queries) {
        this.fields = fields;
        this.queries = queries;
        this.extras = new AlertExtras(fields);
    }

    List<Slo> read(SpecNode.Mapping spec) {
        String service = fields.required(spec, "service", "the Sloth spec").map(SpecNode.Scalar::text).orElse("");
        SortedMap<String, String> serviceLabels = fields.strings(spec, "labels");
        String team = Optional.ofNullable(serviceLabels.get("owner")).or(() -> Optional.ofNullable(serviceLabels.get("team")))
                .orElse(service);
        List<SpecNode> slos = fields.list(spec, "slos");
        if (slos.isEmpty()) {
            fields.error(SpecFields.MISSING, spec, "the Sloth spec of service '" + service + "' declares no 'slos'");
        }
        List<Slo> read = new ArrayList<>();
        for (SpecNode node : slos) {
            fields.asMapping(node, "an entry of 'slos'").flatMap(slo -> slo(slo, service, team, serviceLabels))
                    .ifPresent(read::add);
        }
        return read;
    }

    private Optional<Slo> slo(SpecNode.Mapping slo, String service, String team, SortedMap<String, String> serviceLabels) {
        Optional<String> name = fields.required(slo, "name", "an SLO").map(SpecNode.Scalar::text);
        String what = "SLO " + name.orElse("?");
        Optional<BigDecimal> objective = fields.required(slo, "objective", what).flatMap(o -> percent(o, what));
        String description = fields.text(slo, "description").orElse("");
        Optional<RatioSli> sli = fields.requiredMapping(slo, "sli", what).flatMap(s -> sli(s, what));
        Optional<SpecNode.Mapping> alerting = fields.mapping(slo, "alerting");
        if (name.isEmpty() || objective.isEmpty() || sli.isEmpty()) {
            return Optional.empty();
        }
        List<BurnTier> tiers = new ArrayList<>(BurnTier.workbook());
        SortedMap<String, String> labels = new TreeMap<>(serviceLabels);
        labels.putAll(fields.strings(slo, "labels"));
        SloAlerting extra = SloAlerting.NONE;
        String runbook = "";
        if (alerting.isPresent()) {
            SpecNode.Mapping a = alerting.get();
            fields.text(a, "name").ifPresent(alertName -> labels.put(AlertExtras.SPEC_ALERT_LABEL, alertName));
            labels.putAll(fields.strings(a, "labels"));
            SortedMap<String, String> annotations = fields.strings(a, "annotations");
            runbook = extras.takeRunbook(annotations);
            Optional<SpecNode.Mapping> page = fields.mapping(a, "page_alert");
            Optional<SpecNode.Mapping> ticket = fields.mapping(a, "ticket_alert");
            if (page.map(p -> fields.flag(p, "disable")).orElse(false)) {
                tiers.removeIf(t -> t.severity() == Severity.CRITICAL);
            }
            if (ticket.map(t -> fields.flag(t, "disable")).orElse(false)) {
                tiers.removeIf(t -> t.severity() == Severity.WARNING);
            }
            extra = new SloAlerting(extras.labels(labels, a), extras.annotations(annotations, a),
                    page.map(p -> extras.labels(fields.strings(p, "labels"), p, Severity.CRITICAL)).orElse(new TreeMap<>()),
                    page.map(p -> extras.annotations(fields.strings(p, "annotations"), p)).orElse(new TreeMap<>()),
                    ticket.map(t -> extras.labels(fields.strings(t, "labels"), t, Severity.WARNING)).orElse(new TreeMap<>()),
                    ticket.map(t -> extras.annotations(fields.strings(t, "annotations"), t)).orElse(new TreeMap<>()));
        } else if (!labels.isEmpty()) {
            extra = new SloAlerting(extras.labels(labels, slo), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(),
                    new TreeMap<>(), new TreeMap<>());
        }
        if (runbook.isBlank()) {
            fields.error(SpecImporter.NO_RUNBOOK, slo, what + " has no runbook, and every obsc SLO alert links one;"
                    + " add alerting.annotations.runbook_url (or runbook) with an http(s) URL");
            return Optional.empty();
        }
        return Optional.of(new Slo(name.get(), service, team, description, objective.get(), List.of(DEFAULT_PERIOD),
                sli.get(), tiers, Optional.empty(), Optional.empty(), runbook, extra, fields.at(slo)));
    }

    private Optional<RatioSli> sli(SpecNode.Mapping sli, String what) {
        if (sli.get("raw").isPresent()) {
            fields.unsupported(sli.get("raw").get(), what + " has a raw error-ratio SLI, which obsc cannot weight by"
                    + " traffic over long windows; give 'events' with an error_query and a total_query instead");
            return Optional.empty();
        }
        if (sli.get("plugin").isPresent()) {
            fields.unsupported(sli.get("plugin").get(), what + " uses a Sloth SLI plugin, which obsc cannot run;"
                    + " write its error_query and total_query as 'events'");
            return Optional.empty();
        }
        Optional<SpecNode.Mapping> events = fields.requiredMapping(sli, "events", what + "'s sli");
        if (events.isEmpty()) {
            return Optional.empty();
        }
        Optional<SliQueryImport.Parsed> errors = fields.required(events.get(), "error_query", what + "'s sli.events")
                .flatMap(q -> queries.read(q, what + "'s error_query", false));
        Optional<SliQueryImport.Parsed> total = fields.required(events.get(), "total_query", what + "'s sli.events")
                .flatMap(q -> queries.read(q, what + "'s total_query", false));
        if (errors.isEmpty() || total.isEmpty()) {
            return Optional.empty();
        }
        List<String> by = CounterShapes.sumBy(total.get().expr());
        return Optional.of(RatioSli.badOverTotal(CounterShapes.events(errors.get(), by),
                CounterShapes.events(total.get(), by), by));
    }

    /** Sloth's objective is a percentage (99.9); obsc's the exact share (0.999). */
    private Optional<BigDecimal> percent(SpecNode.Scalar objective, String what) {
        Optional<BigDecimal> share = Objectives.share(objective.text(), true);
        if (share.isPresent()) {
            return share;
        }
        fields.error(SpecFields.WRONG_SHAPE, objective, what + " has objective '" + objective.text()
                + "'; Sloth objectives are percentages between 0 and 100, e.g. 99.9");
        return Optional.empty();
    }
}
