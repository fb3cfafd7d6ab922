package dev.obsc.dsl.kotlin

import dev.obsc.dsl.PortRef
import dev.obsc.dsl.ServiceRef
import dev.obsc.dsl.StackBuilder
import dev.obsc.model.ServiceRole
import dev.obsc.model.Signal

/** The monitoring stack: services, scrape jobs, collector pipelines and environments. */
@ObscDsl
class StackScope(val builder: StackBuilder) {
    /** A stack component running a pinned [image], e.g. "prom/prometheus:v2.53.2". */
    fun service(name: String, role: ServiceRole, image: String, block: ServiceScope.() -> Unit): ServiceRef =
        builder.service(name, role, image) { ServiceScope(it).block() }

    /** An application the team deploys itself; the stack only scrapes it. */
    fun application(name: String, block: ServiceScope.() -> Unit): ServiceRef =
        builder.application(name) { ServiceScope(it).block() }

    /** A scrape job named [job] (the `job` label alerts select) of one service port. */
    fun scrape(job: String, target: PortRef, block: ScrapeJobScope.() -> Unit = {}) {
        ScrapeJobScope(builder.scrape(job, target)).block()
    }

    /** A collector pipeline: [signal] received over OTLP and exported to [destination]. */
    fun pipeline(signal: Signal, destination: PortRef) {
        builder.pipeline(signal, destination)
    }

    fun environment(name: String, block: EnvironmentScope.() -> Unit) {
        builder.environment(name) { EnvironmentScope(it).block() }
    }
}
