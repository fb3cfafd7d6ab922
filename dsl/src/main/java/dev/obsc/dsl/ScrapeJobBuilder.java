package dev.obsc.dsl;

import dev.obsc.model.Relabeling;
import dev.obsc.model.ScrapeJob;
import dev.obsc.model.SourcePosition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** How one job is scraped: path, interval, timeout, honor_labels and relabelling. */
public final class ScrapeJobBuilder {
    private final String name;
    private final PortRef target;
    private final SourcePosition position;
    private String metricsPath = "/metrics";
    private String interval;
    private String timeout;
    private boolean honorLabels;
    private final List<Relabeling> relabelings = new ArrayList<>();

    ScrapeJobBuilder(String name, PortRef target, SourcePosition position) {
        this.name = name;
        this.target = target;
        this.position = position;
    }

    public ScrapeJobBuilder path(String path) {
        this.metricsPath = path;
        return this;
    }

    /** This job's own scrape interval, in every environment (otherwise the environment's). */
    public ScrapeJobBuilder interval(String duration) {
        this.interval = duration;
        return this;
    }

    public ScrapeJobBuilder timeout(String duration) {
        this.timeout = duration;
        return this;
    }

    /** Keep the labels the target exposes over Prometheus' own (the Pushgateway's pushed job and instance). */
    public ScrapeJobBuilder honorLabels() {
        this.honorLabels = true;
        return this;
    }

    /** Copy the value of {@code sourceLabel} into {@code targetLabel} (action {@code replace}). */
    public ScrapeJobBuilder copyLabel(String sourceLabel, String targetLabel) {
        relabelings.add(new Relabeling("replace", List.of(sourceLabel), "(.*)", targetLabel, "$1"));
        return this;
    }

    /** Set {@code targetLabel} to a fixed value on every target of the job. */
    public ScrapeJobBuilder setLabel(String targetLabel, String value) {
        relabelings.add(new Relabeling("replace", List.of(), "(.*)", targetLabel, value));
        return this;
    }

    /** Drop targets whose {@code sourceLabel} matches {@code regex}. */
    public ScrapeJobBuilder dropWhere(String sourceLabel, String regex) {
        relabelings.add(new Relabeling("drop", List.of(sourceLabel), regex, null, null));
        return this;
    }

    ScrapeJob build() {
        return new ScrapeJob(name, target.service(), target.port(), metricsPath, Optional.ofNullable(interval),
                Optional.ofNullable(timeout), honorLabels, relabelings, position);
    }
}
