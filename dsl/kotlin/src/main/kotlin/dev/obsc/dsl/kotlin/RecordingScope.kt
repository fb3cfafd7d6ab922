package dev.obsc.dsl.kotlin

import dev.obsc.dsl.Expr
import dev.obsc.dsl.RecordedSeries
import dev.obsc.dsl.RecordingGroupBuilder

/** A recording rule group: each `record` returns a handle later queries select from. */
@ObscDsl
class RecordingScope(val builder: RecordingGroupBuilder) {
    fun record(name: String, expr: Expr, labels: Map<String, String> = emptyMap()): RecordedSeries =
        if (labels.isEmpty()) builder.record(name, expr) else builder.record(name, expr, labels)

    /** A rule whose warning [code] is accepted on purpose, with the [reason] the report shows. */
    fun recordAccepting(code: String, reason: String, name: String, expr: Expr): RecordedSeries =
        builder.recordAccepting(code, reason, name, expr)
}
