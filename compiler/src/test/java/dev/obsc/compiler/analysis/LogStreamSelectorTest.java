package dev.obsc.compiler.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The labels of a LogQL stream selector, with every matcher operator and both string quotings. */
class LogStreamSelectorTest {
    @Test
    void readsEveryLabelOfTheSelectorAndNothingAfterIt() {
        assertEquals(Optional.of(List.of("service_name", "env", "level", "pod")), LogStreamSelector.labels(
                " { service_name = \"a\\\"b,}\", env=~`prod|stag}ing`, level!=\"debug\",pod!~\"x.*\" } | json | job=\"api\""));
        assertEquals(Optional.of(List.of("job")), LogStreamSelector.labels("{job=\"api\"}"));
    }

    @Test
    void aQueryWithoutAWellFormedSelectorHasNone() {
        assertEquals(Optional.empty(), LogStreamSelector.labels("job=api |= error"));
        assertEquals(Optional.empty(), LogStreamSelector.labels("{job=\"api\""));
        assertEquals(Optional.empty(), LogStreamSelector.labels("{job=api}"));
        assertEquals(Optional.empty(), LogStreamSelector.labels("{job==\"api\"}"));
    }
}
