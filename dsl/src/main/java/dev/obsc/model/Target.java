package dev.obsc.model;

import java.util.Optional;

/** One query of a panel. */
public record Target(Query expr, Optional<String> legendFormat, boolean instant) {
}
