package dev.obsc.model;

import java.util.List;
import java.util.Optional;

/**
 * A Prometheus scrape job: a service's port, the metrics path, optional interval and timeout (the
 * environment's scrape interval otherwise), {@code honor_labels} (for the Pushgateway, whose
 * pushed job and instance labels must win) and extra relabelling.
 */
public record ScrapeJob(String name, String service, String port, String metricsPath, Optional<String> interval,
                        Optional<String> timeout, boolean honorLabels, List<Relabeling> relabelings,
                        SourcePosition position) {
    public ScrapeJob {
        relabelings = List.copyOf(relabelings);
    }
}
