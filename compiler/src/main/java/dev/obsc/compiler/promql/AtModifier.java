package dev.obsc.compiler.promql;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code @} modifier: evaluate at a fixed Unix timestamp, or at the start or end of the
 * range query.
 */
public record AtModifier(Kind kind, Optional<BigDecimal> timestamp) {

    public enum Kind { TIMESTAMP, START, END }

    public AtModifier {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(timestamp, "timestamp");
        if (timestamp.isPresent() != (kind == Kind.TIMESTAMP)) {
            throw new IllegalArgumentException("a timestamp goes with Kind.TIMESTAMP and only with it");
        }
    }

    public static AtModifier at(BigDecimal unixSeconds) {
        return new AtModifier(Kind.TIMESTAMP, Optional.of(NumberLiteral.canonical(unixSeconds)));
    }

    public static AtModifier start() {
        return new AtModifier(Kind.START, Optional.empty());
    }

    public static AtModifier end() {
        return new AtModifier(Kind.END, Optional.empty());
    }

    @Override
    public String toString() {
        switch (kind) {
            case START:
                return "@ start()";
            case END:
                return "@ end()";
            default:
                return "@ " + NumberLiteral.format(timestamp.orElseThrow());
        }
    }
}
