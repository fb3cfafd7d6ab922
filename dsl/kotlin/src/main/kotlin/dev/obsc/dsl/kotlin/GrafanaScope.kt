package dev.obsc.dsl.kotlin

import dev.obsc.dsl.DashboardRef
import dev.obsc.dsl.DatasourceRef
import dev.obsc.dsl.GrafanaBuilder
import dev.obsc.dsl.SloDashboards
import dev.obsc.model.DatasourceType

/** Grafana: its version, its datasources (declared once, referenced by handle) and dashboards. */
@ObscDsl
class GrafanaScope(val builder: GrafanaBuilder) {
    fun baseUrl(url: String) {
        builder.baseUrl(url)
    }

    /** The Grafana major version the dashboards target; it decides `schemaVersion` and options. */
    fun version(major: Int) {
        builder.version(major)
    }

    fun datasource(uid: String, name: String, type: DatasourceType, url: String, isDefault: Boolean = false): DatasourceRef =
        builder.datasource(uid, name, type, url, isDefault)

    /** The labels a Loki datasource's streams carry; a logs query selecting by another label is an error. */
    fun streamLabels(loki: DatasourceRef, vararg labels: String) {
        builder.streamLabels(loki, *labels)
    }

    /** The SLO overview and per-service SLO dashboards, in [folder], querying [prometheus]; the handles link to them. */
    fun sloDashboards(folder: String, prometheus: DatasourceRef): SloDashboards = builder.sloDashboards(folder, prometheus)

    fun dashboard(ref: DashboardRef, title: String, block: DashboardScope.() -> Unit) {
        builder.dashboard(ref, title) { DashboardScope(it).block() }
    }
}
