package dev.obsc.kotlinexample

import dev.obsc.dsl.Definitions
import dev.obsc.model.MonitoringModel

/** Kotlin definitions as `obsc` loads them: a [Definitions] class on the given class path. */
class KotlinShopDefinitions : Definitions {
    override fun define(): MonitoringModel = kotlinAlerts()
}
