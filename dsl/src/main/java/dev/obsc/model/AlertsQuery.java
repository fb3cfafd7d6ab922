package dev.obsc.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An Alertmanager query for a table of active alerts: those matching every filter (Alertmanager
 * matchers on the alerts' labels) and, when {@code receiver} is given, only those routed to it.
 * Silenced and inhibited alerts are left out, as in Alertmanager's own list of active alerts.
 */
public record AlertsQuery(List<Matcher> filters, Optional<String> receiver) {
    public AlertsQuery {
        filters = List.copyOf(filters);
    }

    /** The filters as the datasource takes them: matchers separated by commas. */
    public String filterText() {
        return filters.stream().map(Matcher::toString).collect(Collectors.joining(","));
    }
}
