package dev.obsc.dsl;

import dev.obsc.model.MonitoringModel;

/**
 * A set of monitoring definitions. Implementations are found with {@link java.util.ServiceLoader},
 * so a definitions jar lists its class in {@code META-INF/services/dev.obsc.dsl.Definitions}.
 */
public interface Definitions {
    MonitoringModel define();
}
