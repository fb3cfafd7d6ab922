package dev.obsc.model;

import java.math.BigDecimal;
import java.util.Optional;

/** A threshold step: from {@code value} upwards the colour applies; the base step has no value. */
public record Threshold(Optional<BigDecimal> value, String color) {
}
