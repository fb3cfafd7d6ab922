package dev.obsc.model;

import java.util.List;

/**
 * A provisioned Grafana datasource. {@code streamLabels}: for Loki, the labels its log streams carry
 * (empty: not declared, so stream selectors are not checked).
 */
public record Datasource(String uid, String name, DatasourceType type, String url, boolean isDefault,
                         List<String> streamLabels, SourcePosition position) {
    public Datasource {
        streamLabels = List.copyOf(streamLabels);
    }
}
