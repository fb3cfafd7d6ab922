package dev.obsc.model;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Extra labels and annotations on an SLO's alerts (e.g. from an imported Sloth spec): {@code labels}
 * and {@code annotations} on every alert of the SLO, {@code page*} only on its paging (critical)
 * burn tiers, {@code ticket*} only on its ticket (warning) tiers. The compiler's own labels
 * ({@code severity}, {@code team}, {@code service}, {@code slo}, {@code slo_period}, {@code burn_tier})
 * always win.
 */
public record SloAlerting(SortedMap<String, String> labels, SortedMap<String, String> annotations,
                          SortedMap<String, String> pageLabels, SortedMap<String, String> pageAnnotations,
                          SortedMap<String, String> ticketLabels, SortedMap<String, String> ticketAnnotations) {
    public static final SloAlerting NONE = new SloAlerting(new TreeMap<>(), new TreeMap<>(), new TreeMap<>(),
            new TreeMap<>(), new TreeMap<>(), new TreeMap<>());

    public SloAlerting {
        labels = frozen(labels);
        annotations = frozen(annotations);
        pageLabels = frozen(pageLabels);
        pageAnnotations = frozen(pageAnnotations);
        ticketLabels = frozen(ticketLabels);
        ticketAnnotations = frozen(ticketAnnotations);
    }

    /** The labels of an alert of {@code severity}: common ones, then the page or ticket ones. */
    public SortedMap<String, String> labelsFor(Severity severity) {
        return merged(labels, severity == Severity.CRITICAL ? pageLabels : ticketLabels);
    }

    /** The annotations of an alert of {@code severity}: common ones, then the page or ticket ones. */
    public SortedMap<String, String> annotationsFor(Severity severity) {
        return merged(annotations, severity == Severity.CRITICAL ? pageAnnotations : ticketAnnotations);
    }

    private static SortedMap<String, String> merged(SortedMap<String, String> common, SortedMap<String, String> specific) {
        if (specific.isEmpty()) {
            return common;
        }
        TreeMap<String, String> all = new TreeMap<>(common);
        all.putAll(specific);
        return Collections.unmodifiableSortedMap(all);
    }

    private static SortedMap<String, String> frozen(SortedMap<String, String> map) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }
}
