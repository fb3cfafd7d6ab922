package dev.obsc.dsl.kotlin

import dev.obsc.dsl.EnvironmentBuilder
import dev.obsc.dsl.ServiceRef
import dev.obsc.model.Secret
import kotlin.time.Duration

/** What one environment makes different; see [EnvironmentBuilder] for the defaults. */
@ObscDsl
class EnvironmentScope(val builder: EnvironmentBuilder) {
    fun compose() {
        builder.compose()
    }

    fun kubernetes(namespace: String) {
        builder.kubernetes(namespace)
    }

    /** Leave these services out here: not deployed, not scraped, no pipeline to them. */
    fun without(vararg services: ServiceRef) {
        builder.without(*services)
    }

    /** How long Prometheus keeps samples, and optionally at most how much, e.g. "50GB". */
    fun retention(time: Duration, size: String? = null) {
        if (size == null) builder.retention(time.toPrometheus()) else builder.retention(time.toPrometheus(), size)
    }

    fun scrapeInterval(interval: Duration) {
        builder.scrapeInterval(interval.toPrometheus())
    }

    fun evaluationInterval(interval: Duration) {
        builder.evaluationInterval(interval.toPrometheus())
    }

    fun externalLabel(label: String, value: String) {
        builder.externalLabel(label, value)
    }

    fun replicas(prometheus: Int, alertmanager: Int) {
        builder.replicas(prometheus, alertmanager)
    }

    fun remoteWrite(url: String, username: String? = null, password: Secret? = null) {
        if (username == null || password == null) builder.remoteWrite(url) else builder.remoteWrite(url, username, password)
    }

    fun host(service: ServiceRef, host: String) {
        builder.host(service, host)
    }

    fun domain(domain: String) {
        builder.domain(domain)
    }

    fun withoutPaging() {
        builder.withoutPaging()
    }

    /** Every receiver posts to [url] instead: nobody is notified, the route tree stays testable. */
    fun receiversTo(url: String) {
        builder.receiversTo(url)
    }

    fun neverPages() {
        builder.neverPages()
    }
}
