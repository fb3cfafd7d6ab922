package dev.obsc.kotlinexample

import dev.obsc.compiler.Compiler
import dev.obsc.dsl.Monitoring
import dev.obsc.dsl.kotlin.monitoring
import dev.obsc.model.MonitoringModel
import dev.obsc.model.Secret
import dev.obsc.model.ServiceRole
import dev.obsc.model.Signal
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Test
import kotlin.time.Duration.Companion.days
import kotlin.time.Duration.Companion.seconds

/** The Kotlin `stack { }` scope builds the same stack as the Java builders: byte-identical trees. */
class KotlinStackTest {
    @Test
    fun `a stack in two environments`() {
        val expected = Compiler.compile(java())
        val actual = Compiler.compile(kotlin())
        assertFalse(actual.hasErrors()) { actual.diagnostics().joinToString("\n") { it.format() } }
        assertEquals(expected.files().map { it.path() }, actual.files().map { it.path() })
        expected.files().zip(actual.files()).forEach { (e, a) -> assertEquals(e.content(), a.content(), e.path()) }
    }

    private fun kotlin(): MonitoringModel = monitoring("kotlin stack") {
        alertmanager {
            val team = receiver("team") { webhook("https://hooks.shop.example/team") }
            route { receiver(team); groupBy("alertname") }
        }
        stack {
            val shop = application("shop") { internalPort("metrics", 8080) }
            val prometheus = service("prometheus", ServiceRole.PROMETHEUS, "prom/prometheus:v2.53.2") {
                port("web", 9090); health("web", "/-/healthy")
            }
            val gateway = service("pushgateway", ServiceRole.PUSHGATEWAY, "prom/pushgateway:v1.9.0") { port("web", 9091) }
            val collector = service("otel-collector", ServiceRole.OTEL_COLLECTOR,
                "otel/opentelemetry-collector-contrib:0.111.0") { port("otlp-grpc", 4317); healthFromOutside("otlp-grpc", "/") }
            scrape("shop", shop.port("metrics")) { interval(15.seconds); timeout(5.seconds); setLabel("tier", "web") }
            scrape("prometheus", prometheus.port("web"))
            scrape("pushgateway", gateway.port("web")) { honorLabels() }
            pipeline(Signal.METRICS, prometheus.port("web"))
            environment("local") {
                retention(1.days); host(shop, "host.docker.internal"); without(collector)
                receiversTo("http://host.docker.internal:5001/alerts"); neverPages()
            }
            environment("cloud") {
                kubernetes("shop"); retention(90.days, "100GB"); replicas(2, 3); domain("shop.example")
                remoteWrite("https://archive.shop.example/write", "shop", Secret("/etc/prometheus/secrets/rw"))
            }
        }
    }

    private fun java(): MonitoringModel {
        val m = Monitoring("kotlin stack")
        val am = m.alertmanager()
        val team = am.receiver("team") { it.webhook("https://hooks.shop.example/team") }
        am.route { it.receiver(team).groupBy("alertname") }
        val s = m.stack()
        val shop = s.application("shop") { it.internalPort("metrics", 8080) }
        val prometheus = s.service("prometheus", ServiceRole.PROMETHEUS, "prom/prometheus:v2.53.2") {
            it.port("web", 9090).health("web", "/-/healthy")
        }
        val gateway = s.service("pushgateway", ServiceRole.PUSHGATEWAY, "prom/pushgateway:v1.9.0") { it.port("web", 9091) }
        val collector = s.service("otel-collector", ServiceRole.OTEL_COLLECTOR,
            "otel/opentelemetry-collector-contrib:0.111.0") { it.port("otlp-grpc", 4317).healthFromOutside("otlp-grpc", "/") }
        s.scrape("shop", shop.port("metrics")).interval("15s").timeout("5s").setLabel("tier", "web")
        s.scrape("prometheus", prometheus.port("web"))
        s.scrape("pushgateway", gateway.port("web")).honorLabels()
        s.pipeline(Signal.METRICS, prometheus.port("web"))
        s.environment("local") {
            it.retention("1d").host(shop, "host.docker.internal").without(collector)
                .receiversTo("http://host.docker.internal:5001/alerts").neverPages()
        }
        s.environment("cloud") {
            it.kubernetes("shop").retention("90d", "100GB").replicas(2, 3).domain("shop.example")
                .remoteWrite("https://archive.shop.example/write", "shop", Secret("/etc/prometheus/secrets/rw"))
        }
        return m.build()
    }
}
