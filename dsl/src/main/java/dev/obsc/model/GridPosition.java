package dev.obsc.model;

/** An explicit place on Grafana's 24-column grid, overriding automatic layout. */
public record GridPosition(int x, int y) {
}
