package dev.obsc.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** How a panel displays its values: unit, precision, range, colours, thresholds, mappings, overrides. */
public record FieldDisplay(Unit unit, Optional<Integer> decimals, Optional<BigDecimal> min, Optional<BigDecimal> max,
                           ColorMode colorMode, Optional<String> fixedColor, List<Threshold> thresholds,
                           List<ValueMapping> mappings, List<FieldOverride> overrides) {
    public FieldDisplay {
        thresholds = List.copyOf(thresholds);
        mappings = List.copyOf(mappings);
        overrides = List.copyOf(overrides);
    }
}
