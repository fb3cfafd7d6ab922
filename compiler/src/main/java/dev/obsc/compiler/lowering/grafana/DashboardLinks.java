package dev.obsc.compiler.lowering.grafana;

import dev.obsc.compiler.lowering.Slugs;
import dev.obsc.model.Dashboard;
import dev.obsc.model.DashboardLink;
import dev.obsc.model.GrafanaModel;
import dev.obsc.model.LinkVariable;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typed dashboard links as Grafana URLs: {@code <base>/d/<uid>/<slug>[?viewPanel=<id>&from=..&to=..&var-x=..]},
 * or just their path. A variable set from an alert's label is a template Prometheus fills in when
 * the alert fires.
 */
public final class DashboardLinks {
    private static final Pattern LABEL_TEMPLATE = Pattern.compile("\\{\\{ \\$labels\\.([a-zA-Z_][a-zA-Z0-9_]*) \\| urlquery }}");
    private final GrafanaModel grafana;
    private final String baseUrl;
    /** Dashboards by uid and their panel ids by key, laid out once: thousands of alerts link into them. */
    private final Map<String, Dashboard> byUid = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Integer>> panelIds = new ConcurrentHashMap<>();

    public DashboardLinks(GrafanaModel grafana) {
        this(grafana, grafana.baseUrl());
    }

    /** Links to the Grafana at {@code baseUrl} (an environment's own Grafana). */
    public DashboardLinks(GrafanaModel grafana, String baseUrl) {
        this.grafana = grafana;
        this.baseUrl = baseUrl;
        grafana.dashboards().forEach(d -> byUid.putIfAbsent(d.uid(), d));
    }

    /** The URL of a link, or empty when its dashboard or panel is not declared. */
    public Optional<String> url(DashboardLink link) {
        return path(link).map(path -> stripTrailingSlash(baseUrl) + path);
    }

    /**
     * The link's path inside Grafana, {@code /d/<uid>/<slug>[?...]}, for links between dashboards
     * (which work on any host Grafana is served from); empty when not declared.
     */
    public Optional<String> path(DashboardLink link) {
        Optional<Dashboard> dashboard = Optional.ofNullable(byUid.get(link.dashboardUid()));
        if (dashboard.isEmpty()) {
            return Optional.empty();
        }
        List<String> parameters = new ArrayList<>();
        if (link.panelKey().isPresent()) {
            Optional<Integer> id = Optional.ofNullable(panelIds.computeIfAbsent(dashboard.get().uid(),
                    uid -> DashboardLayout.panelIds(dashboard.get())).get(link.panelKey().get()));
            if (id.isEmpty()) {
                return Optional.empty();
            }
            parameters.add("viewPanel=" + id.get());
        }
        link.timeFrom().ifPresent(from -> parameters.add("from=" + queryEscape(from)));
        link.timeTo().ifPresent(to -> parameters.add("to=" + queryEscape(to)));
        link.variables().stream().sorted(Comparator.comparing(LinkVariable::name))
                .forEach(v -> parameters.add("var-" + queryEscape(v.name()) + "=" + value(v)));
        String path = "/d/" + link.dashboardUid() + "/" + slug(dashboard.get().title());
        return Optional.of(parameters.isEmpty() ? path : path + "?" + String.join("&", parameters));
    }

    /** A fixed value escaped now; a label's value escaped by Prometheus' template when the alert fires. */
    private static String value(LinkVariable variable) {
        return variable.fromLabel() ? labelTemplate(variable.value()) : queryEscape(variable.value());
    }

    /** The alert template that prints {@code label}'s value escaped for a URL query. */
    public static String labelTemplate(String label) {
        return "{{ $labels." + label + " | urlquery }}";
    }

    /**
     * {@code url} as Prometheus renders it for an alert with {@code labels}: each label template
     * replaced by the label's escaped value (empty when the alert lacks the label).
     */
    public static String render(String url, Map<String, String> labels) {
        Matcher m = LABEL_TEMPLATE.matcher(url);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(queryEscape(labels.getOrDefault(m.group(1), ""))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Escapes {@code text} for a URL query exactly as Go's url.QueryEscape (the templates'
     * {@code urlquery}) does, so a rule test can expect what Prometheus renders: letters, digits and
     * {@code -_.~} stay, a space becomes {@code +}, every other byte {@code %XX}.
     */
    public static String queryEscape(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-_.~".indexOf(c) >= 0) {
                out.append(c);
            } else if (c == ' ') {
                out.append('+');
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    /** Grafana's URL slug of a title: lower case, other characters collapsed to single dashes. */
    static String slug(String title) {
        return Slugs.of(title);
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
