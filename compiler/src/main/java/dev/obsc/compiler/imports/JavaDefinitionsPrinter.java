package dev.obsc.compiler.imports;

import dev.obsc.model.BurnTier;
import dev.obsc.model.CounterEvents;
import dev.obsc.model.EventSource;
import dev.obsc.model.Matcher;
import dev.obsc.model.Metric;
import dev.obsc.model.MetricKind;
import dev.obsc.model.QueryEvents;
import dev.obsc.model.RatioSli;
import dev.obsc.model.Slo;
import dev.obsc.model.SloAlerting;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code obsc import --java}: the imported SLOs as a Java definitions class written with the DSL, to
 * adopt instead of the specs. Compiling it gives the same rules, tests and dashboards as importing.
 */
public final class JavaDefinitionsPrinter {
    static final String CLASS_NAME = "ImportedSlos";
    private static final String INDENT = "                ";

    private JavaDefinitionsPrinter() {
    }

    public static String print(SpecImporter.Imported imported) {
        Map<String, String> variables = variables(imported.metrics());
        StringBuilder java = new StringBuilder();
        java.append("""
                import dev.obsc.dsl.Definitions;
                import dev.obsc.dsl.Events;
                import dev.obsc.dsl.Expr;
                import dev.obsc.dsl.Label;
                import dev.obsc.dsl.Monitoring;
                import dev.obsc.model.BurnTier;
                import dev.obsc.model.DatasourceType;
                import dev.obsc.model.MonitoringModel;
                import dev.obsc.model.Secret;

                /** SLOs imported from Sloth and OpenSLO specs by {@code obsc import --java}. */
                public final class %s implements Definitions {
                    @Override
                    public MonitoringModel define() {
                        Monitoring m = new Monitoring(%s);
                        var prometheus = m.grafana().datasource(%s, "Prometheus", DatasourceType.PROMETHEUS,
                                "http://prometheus:9090", true);
                        m.grafana().sloDashboards(%s, prometheus);
                        // Replace with your routing: the alerts carry slo, severity, team and service labels.
                        var pages = m.alertmanager().receiver("slo-alerts", r -> r.pagerDuty(new Secret(%s)));
                        m.alertmanager().route(root -> root.receiver(pages).groupBy("alertname", "slo"));
                """.formatted(CLASS_NAME, literal("imported SLO specs"), literal(SpecImporter.DATASOURCE_UID),
                literal(SpecImporter.DASHBOARD_FOLDER), literal(SpecImporter.PAGER_SECRET)));
        for (Metric metric : imported.metrics()) {
            java.append("\n        // ").append(metric.position()).append('\n');
            java.append("        var ").append(variables.get(metric.name())).append(" = m.")
                    .append(metric.kind() == MetricKind.COUNTER ? "counter" : "gauge").append('(')
                    .append(literal(metric.name())).append(", ").append(literal(metric.help()));
            metric.labels().forEach(label -> java.append(", Label.of(").append(literal(label)).append(')'));
            java.append(");\n");
        }
        for (Slo slo : imported.slos()) {
            java.append('\n').append(slo(slo, variables));
        }
        java.append("        return m.build();\n    }\n}\n");
        return java.toString();
    }

    private static String slo(Slo slo, Map<String, String> variables) {
        StringBuilder java = new StringBuilder();
        java.append("        // ").append(slo.position()).append('\n');
        java.append("        m.slo(").append(literal(slo.name())).append(")\n");
        call(java, "owner", slo.team(), slo.service());
        if (!slo.description().isBlank()) {
            call(java, "description", slo.description());
        }
        java.append(INDENT).append(".objective(").append(literal(slo.objective().toPlainString())).append(").periods(")
                .append(slo.periods().stream().map(JavaDefinitionsPrinter::literal).collect(Collectors.joining(", ")))
                .append(")\n");
        RatioSli sli = (RatioSli) slo.sli();
        String shape = sli.good().isPresent() && sli.total().isPresent() ? "goodOverTotal"
                : sli.bad().isPresent() && sli.total().isPresent() ? "badOverTotal" : "goodAndBad";
        java.append(INDENT).append('.').append(shape).append('(')
                .append(sli.sources().stream().map(source -> events(source, variables)).collect(Collectors.joining(",\n"
                        + INDENT + "        ")))
                .append(")\n");
        if (!sli.by().isEmpty()) {
            java.append(INDENT).append(".by(").append(sli.by().stream().map(l -> "Label.of(" + literal(l) + ")")
                    .collect(Collectors.joining(", "))).append(")\n");
        }
        // The workbook tiers' names are those of BurnTier's constants (page_1h is PAGE_1H).
        for (BurnTier tier : BurnTier.workbook()) {
            if (slo.tiers().stream().noneMatch(t -> t.name().equals(tier.name()))) {
                java.append(INDENT).append(".withoutTier(BurnTier.").append(tier.name().toUpperCase(Locale.ROOT))
                        .append(")\n");
            }
        }
        if (!slo.runbookUrl().isBlank()) {
            call(java, "runbook", slo.runbookUrl());
        }
        SloAlerting alerting = slo.alerting();
        pairs(java, "alertLabel", alerting.labels());
        pairs(java, "alertAnnotation", alerting.annotations());
        pairs(java, "pageLabel", alerting.pageLabels());
        pairs(java, "pageAnnotation", alerting.pageAnnotations());
        pairs(java, "ticketLabel", alerting.ticketLabels());
        pairs(java, "ticketAnnotation", alerting.ticketAnnotations());
        java.setLength(java.length() - 1);
        return java.append(";\n").toString();
    }

    private static String events(EventSource source, Map<String, String> variables) {
        if (source instanceof CounterEvents counter) {
            String matchers = counter.matchers().stream().map(JavaDefinitionsPrinter::matcher)
                    .collect(Collectors.joining(", "));
            return "Events.counter(" + variables.get(counter.metric()) + (matchers.isEmpty() ? ".all()" : ".where(" + matchers + ")")
                    + ")";
        }
        return "Events.perSecond(Expr.raw(" + literal(((QueryEvents) source).perSecond().promql()) + "))";
    }

    private static String matcher(Matcher matcher) {
        String method = switch (matcher.op()) {
            case EQ -> "eq";
            case NE -> "ne";
            case RE -> "matches";
            case NRE -> "notMatches";
        };
        return "Label.of(" + literal(matcher.label()) + ")." + method + "(" + literal(matcher.value()) + ")";
    }

    /** Names the printed class declares itself, and Java's keywords and literals: no metric's variable may take them. */
    private static final Set<String> TAKEN = Set.of("m", "prometheus", "pages", "root", "r",
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
            "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
            "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
            "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
            "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false", "null", "var",
            "yield", "record", "sealed", "permits", "_");

    /**
     * Each metric's variable: its name in lower camel case, with a number appended where that is a
     * keyword, a name the class uses, or another metric's variable ({@code a_b} and {@code a__b}).
     */
    static Map<String, String> variables(List<Metric> metrics) {
        Map<String, String> variables = new java.util.HashMap<>();
        Set<String> used = new java.util.HashSet<>(TAKEN);
        for (Metric metric : metrics) {
            if (variables.containsKey(metric.name())) {
                continue;
            }
            String base = variable(metric.name());
            String name = base;
            for (int n = 2; !used.add(name); n++) {
                name = base + n;
            }
            variables.put(metric.name(), name);
        }
        return variables;
    }

    /** A metric's name in lower camel case ({@code http_requests_total} is httpRequestsTotal). */
    static String variable(String metric) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : metric.toCharArray()) {
            if (!Character.isLetterOrDigit(c)) {
                upper = out.length() > 0;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.length() == 0 || !Character.isJavaIdentifierStart(out.charAt(0)) ? "metric" + out : out.toString();
    }

    private static void call(StringBuilder java, String method, String... args) {
        java.append(INDENT).append('.').append(method).append('(')
                .append(List.of(args).stream().map(JavaDefinitionsPrinter::literal).collect(Collectors.joining(", ")))
                .append(")\n");
    }

    private static void pairs(StringBuilder java, String method, Map<String, String> values) {
        values.forEach((key, value) -> call(java, method, key, value));
    }

    /** A Java string literal. */
    static String literal(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
