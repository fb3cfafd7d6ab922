package dev.obsc.model;

import java.util.Optional;

/** Shows {@code value} as {@code text} (and optionally in {@code color}), e.g. 1 as "UP" in green. */
public record ValueMapping(String value, String text, Optional<String> color) {
}
