package dev.obsc.kotlinexample

import dev.obsc.dsl.Counter
import dev.obsc.dsl.Gauge
import dev.obsc.dsl.Histogram
import dev.obsc.dsl.Label
import dev.obsc.dsl.kotlin.MonitoringScope

/** The compiler fixtures' small shop catalog, declared from Kotlin. */
class ShopCatalog(m: MonitoringScope) {
    val requests: Counter = m.counter("shop_requests_total", "HTTP requests served.", JOB, ROUTE, STATUS)
    val up: Gauge = m.gauge("up", "1 when the target was scraped.", JOB)
    val latency: Histogram = m.histogram("shop_request_duration_seconds", "Request latency in seconds.",
        listOf("0.05", "0.1", "0.25", "1"), JOB, ROUTE)

    companion object {
        val JOB = Label.of("job")
        val STATUS = Label.of("status")
        val ROUTE = Label.of("route")
    }
}
