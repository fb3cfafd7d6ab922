package dev.tta.monitoring;

import dev.obsc.dsl.ReceiverRef;

/**
 * The Alertmanager receivers dashboards list alerts for: a table of what pages the on-call
 * (critical) and of what capacity planning is told, checked against the routing tree.
 */
public record Receivers(ReceiverRef critical, ReceiverRef capacityPlanning) {
}
