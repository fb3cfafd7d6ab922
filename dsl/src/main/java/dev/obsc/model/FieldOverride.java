package dev.obsc.model;

import java.util.Optional;

/** Display settings for the series or column named {@code fieldName}, overriding the panel's defaults. */
public record FieldOverride(String fieldName, Optional<String> displayName, Optional<Unit> unit, Optional<String> color) {
}
