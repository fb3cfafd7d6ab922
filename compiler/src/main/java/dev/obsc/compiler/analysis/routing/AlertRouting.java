package dev.obsc.compiler.analysis.routing;

import java.util.List;

/** The deliveries of one alert, in routing-tree order. */
public record AlertRouting(AlertLabels labels, List<Delivery> deliveries) {
    public AlertRouting {
        deliveries = List.copyOf(deliveries);
    }

    public List<String> receivers() {
        return deliveries.stream().map(Delivery::receiver).toList();
    }
}
