package dev.obsc.model;

import java.util.List;

/** At {@code evalTime}, alert {@code alertName} fires exactly {@code expected} (none: it stays silent). */
public record AlertExpectation(String evalTime, String alertName, List<ExpectedAlert> expected) {
    public AlertExpectation {
        expected = List.copyOf(expected);
    }
}
