package dev.obsc.model;

public record Datasource(String uid, String name, DatasourceType type, String url, boolean isDefault,
                         SourcePosition position) {
}
