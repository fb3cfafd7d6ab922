package dev.obsc.model;

import java.util.List;

public record AlertGroup(String name, String interval, List<AlertRule> alerts, SourcePosition position) {
    public AlertGroup {
        alerts = List.copyOf(alerts);
    }
}
