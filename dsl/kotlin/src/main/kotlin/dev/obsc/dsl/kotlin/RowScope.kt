package dev.obsc.dsl.kotlin

import dev.obsc.dsl.PanelBuilder
import dev.obsc.dsl.PanelRef
import dev.obsc.dsl.RowBuilder
import dev.obsc.model.PanelType

/**
 * The panels of a row, placed left to right on the 24-column grid. A panel's block configures
 * the Java [PanelBuilder] directly: `timeseries("Errors") { query(expr, "{{job}}"); unit(Unit.PERCENT_UNIT) }`.
 */
@ObscDsl
class RowScope(val builder: RowBuilder) {
    fun timeseries(title: String, block: PanelBuilder.() -> Unit) {
        builder.timeseries(title) { it.block() }
    }

    fun stat(title: String, block: PanelBuilder.() -> Unit) {
        builder.stat(title) { it.block() }
    }

    fun gauge(title: String, block: PanelBuilder.() -> Unit) {
        builder.gauge(title) { it.block() }
    }

    fun barGauge(title: String, block: PanelBuilder.() -> Unit) {
        builder.barGauge(title) { it.block() }
    }

    fun heatmap(title: String, block: PanelBuilder.() -> Unit) {
        builder.heatmap(title) { it.block() }
    }

    fun pieChart(title: String, block: PanelBuilder.() -> Unit) {
        builder.pieChart(title) { it.block() }
    }

    fun table(title: String, block: PanelBuilder.() -> Unit) {
        builder.table(title) { it.block() }
    }

    fun logs(title: String, block: PanelBuilder.() -> Unit) {
        builder.logs(title) { it.block() }
    }

    fun traces(title: String, block: PanelBuilder.() -> Unit) {
        builder.traces(title) { it.block() }
    }

    fun nodeGraph(title: String, block: PanelBuilder.() -> Unit) {
        builder.nodeGraph(title) { it.block() }
    }

    fun text(title: String, markdown: String) {
        builder.text(title, markdown)
    }

    /** A panel that alerts and links refer to through [ref]. */
    fun panel(ref: PanelRef, type: PanelType, title: String, block: PanelBuilder.() -> Unit) {
        builder.panel(ref, type, title) { it.block() }
    }
}
