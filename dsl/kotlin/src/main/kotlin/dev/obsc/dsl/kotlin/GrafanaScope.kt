package dev.obsc.dsl.kotlin

import dev.obsc.dsl.DashboardRef
import dev.obsc.dsl.DatasourceRef
import dev.obsc.dsl.GrafanaBuilder
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

    fun dashboard(ref: DashboardRef, title: String, block: DashboardScope.() -> Unit) {
        builder.dashboard(ref, title) { DashboardScope(it).block() }
    }
}
