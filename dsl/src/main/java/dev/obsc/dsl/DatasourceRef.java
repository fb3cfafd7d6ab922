package dev.obsc.dsl;

/** A typed handle on a provisioned datasource, for panels and variables. */
public record DatasourceRef(String uid) {
}
