package dev.obsc.dsl.kotlin

import dev.obsc.dsl.DashboardBuilder
import dev.obsc.dsl.DashboardRef
import dev.obsc.dsl.DatasourceRef
import dev.obsc.dsl.Label
import dev.obsc.dsl.PanelRef
import dev.obsc.model.DatasourceType
import kotlin.time.Duration

/** A dashboard: its settings, template variables, and panels in rows. */
@ObscDsl
class DashboardScope(val builder: DashboardBuilder) {
    fun description(text: String) {
        builder.description(text)
    }

    fun tags(vararg tags: String) {
        builder.tags(*tags)
    }

    fun folder(folder: String) {
        builder.folder(folder)
    }

    fun refresh(interval: Duration) {
        builder.refresh(interval.toPrometheus())
    }

    /** The default time range, in Grafana's notation (`now-6h`, `now`). */
    fun time(from: String, to: String) {
        builder.time(from, to)
    }

    fun labelValuesVariable(name: String, label: String, datasource: DatasourceRef, series: String, valuesOf: Label,
                            multi: Boolean = false) {
        builder.labelValuesVariable(name, label, datasource, series, valuesOf, multi)
    }

    fun customVariable(name: String, label: String, vararg options: String) {
        builder.customVariable(name, label, *options)
    }

    /** Several options or "All" (the default), which stands for [allValue] in queries, e.g. `.*`. */
    fun customMultiVariable(name: String, label: String, allValue: String, vararg options: String) {
        builder.customMultiVariable(name, label, allValue, *options)
    }

    /** A link in the dashboard's header to another dashboard, keeping the time range and variables. */
    fun link(title: String, target: DashboardRef) {
        builder.link(title, target)
    }

    /** A link in the dashboard's header to one panel of another dashboard. */
    fun link(title: String, target: PanelRef) {
        builder.link(title, target)
    }

    fun intervalVariable(name: String, label: String, intervals: List<Duration>) {
        builder.intervalVariable(name, label, *intervals.map { it.toPrometheus() }.toTypedArray())
    }

    fun datasourceVariable(name: String, label: String, type: DatasourceType) {
        builder.datasourceVariable(name, label, type)
    }

    fun constantVariable(name: String, value: String) {
        builder.constantVariable(name, value)
    }

    fun textboxVariable(name: String, label: String, defaultValue: String) {
        builder.textboxVariable(name, label, defaultValue)
    }

    fun adHocFilters(name: String, datasource: DatasourceRef) {
        builder.adHocFilters(name, datasource)
    }

    /** Panels at the top of the dashboard, above any row header. */
    fun panels(block: RowScope.() -> Unit) {
        builder.panels { RowScope(it).block() }
    }

    fun row(title: String, block: RowScope.() -> Unit) {
        builder.row(title) { RowScope(it).block() }
    }

    fun collapsedRow(title: String, block: RowScope.() -> Unit) {
        builder.collapsedRow(title) { RowScope(it).block() }
    }
}
