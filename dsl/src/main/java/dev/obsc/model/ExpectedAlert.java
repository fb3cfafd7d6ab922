package dev.obsc.model;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One alert a test expects, by the labels and annotations it must carry. The compiler adds the
 * alert's own labels and its annotations that contain no template; the test names the rest.
 */
public record ExpectedAlert(SortedMap<String, String> labels, SortedMap<String, String> annotations) {
    public ExpectedAlert {
        labels = Collections.unmodifiableSortedMap(new TreeMap<>(labels));
        annotations = Collections.unmodifiableSortedMap(new TreeMap<>(annotations));
    }
}
