package dev.obsc.model;

import java.util.List;

public record AlertmanagerModel(AlertmanagerGlobal global, List<Receiver> receivers, Route root,
                                List<InhibitRule> inhibitRules, List<TimeInterval> timeIntervals,
                                List<NotificationTemplate> templates) {
    public AlertmanagerModel {
        receivers = List.copyOf(receivers);
        inhibitRules = List.copyOf(inhibitRules);
        timeIntervals = List.copyOf(timeIntervals);
        templates = List.copyOf(templates);
    }
}
