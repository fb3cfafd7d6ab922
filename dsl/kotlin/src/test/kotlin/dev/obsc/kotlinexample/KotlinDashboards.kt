package dev.obsc.kotlinexample

import dev.obsc.dsl.DashboardRef
import dev.obsc.dsl.Histogram
import dev.obsc.dsl.Label
import dev.obsc.dsl.PromQL.histogramQuantile
import dev.obsc.dsl.PromQL.increase
import dev.obsc.dsl.PromQL.rate
import dev.obsc.dsl.PromQL.sum
import dev.obsc.dsl.kotlin.monitoring
import dev.obsc.kotlinexample.ShopCatalog.Companion.JOB
import dev.obsc.kotlinexample.ShopCatalog.Companion.STATUS
import dev.obsc.model.DatasourceType
import dev.obsc.model.LegendMode
import dev.obsc.model.MonitoringModel
import dev.obsc.model.PanelType
import dev.obsc.model.Severity
import dev.obsc.model.Unit
import kotlin.time.Duration.Companion.hours
import kotlin.time.Duration.Companion.minutes
import kotlin.time.Duration.Companion.seconds

private val SHOP = DashboardRef.of("shop-overview")

/**
 * The compiler's DashboardFixture, written in Kotlin: every panel type and query language,
 * variables, rows (one collapsed) and typed links, through the Kotlin dashboard scopes. It must
 * compile to the same files.
 */
fun kotlinDashboards(): MonitoringModel = monitoring("dashboard fixture") {
    val c = ShopCatalog(this)
    lateinit var prometheus: dev.obsc.dsl.DatasourceRef
    grafana {
        baseUrl("https://grafana.shop.example/")
        version(11)
        prometheus = datasource("prometheus", "Prometheus", DatasourceType.PROMETHEUS, "http://prometheus:9090", true)
        datasource("loki", "Loki", DatasourceType.LOKI, "http://loki:3100")
        datasource("jaeger", "Jaeger", DatasourceType.JAEGER, "http://jaeger:16686")
        datasource("alertmanager", "Alertmanager", DatasourceType.ALERTMANAGER_ALERTS, "http://alertmanager:9093")
    }
    alerts("shop_alerts", 30.seconds) {
        alert("ShopErrors") {
            expr(sum(rate(c.requests.where(STATUS.eq("error")).over("5m"))).by(JOB).gt("1"))
            severity(Severity.WARNING)
            owner("shop", "checkout")
            summary("Errors on {{ \$labels.job }}")
            description("Requests fail.")
            runbook("https://runbooks.shop.example/ShopErrors")
            dashboard(SHOP.panel("errors")) { variable("job", JOB); time("now-6h", "now") }
        }
    }
    minimalAlertmanager()
    grafana {
        dashboard(SHOP, "Shop \$ overview") {
            description("How the shop is doing.")
            tags("shop", "overview")
            folder("Shop")
            refresh(30.seconds)
            time("now-24h", "now")
            link("Errors by job, alone", SHOP.panel("errors"))
            labelValuesVariable("job", "Job", prometheus, "shop_requests_total", JOB, true)
            customVariable("quantile", "Quantile", "0.5", "0.95", "0.99")
            customMultiVariable("environment", "Environment", ".*", "staging", "production")
            intervalVariable("window", "Window", listOf(5.minutes, 1.hours))
            textboxVariable("trace_id", "Trace id", "")
            constantVariable("cluster", "eu-1")
            adHocFilters("filters", prometheus)
            panels {
                stat("Requests per second") {
                    query(sum(rate(c.requests.where(JOB.matches("\$job")).over("\$__rate_interval"))))
                    unit(Unit.REQUESTS_PER_SECOND)
                    decimals(1)
                }
                gauge("Error ratio") {
                    query(sum(rate(c.requests.where(STATUS.eq("error")).over("5m")))
                        .dividedBy(sum(rate(c.requests.all().over("5m")))))
                    unit(Unit.PERCENT_UNIT)
                    range("0", "1")
                    threshold("0.01", "orange")
                    threshold("0.05", "red")
                }
                text("About", "Requests to the **shop**, by job.")
            }
            row("Traffic") {
                panel(SHOP.panel("errors"), PanelType.TIMESERIES, "Errors by job") {
                    query(sum(rate(c.requests.where(STATUS.eq("error"), JOB.matches("\$job")).over("\$window"))).by(JOB),
                        "{{job}}")
                    legend(LegendMode.TABLE)
                    dataLink("Logs of \${__field.labels.job}", "/d/shop-logs?var-job=\${__field.labels.job}")
                    link("Runbook", "https://runbooks.shop.example/errors")
                    override("shop-api", "API", Unit.OPS_PER_SECOND, "red")
                }
                barGauge("Requests by job") {
                    link("Errors by job", SHOP.panel("errors"))
                    instantQuery(sum(rate(c.requests.all().over("5m"))).by(JOB), "{{job}}")
                }
                pieChart("Requests by status") {
                    instantQuery(sum(increase(c.requests.all().over("1h"))).by(STATUS), "{{status}}")
                }
            }
            collapsedRow("Latency") {
                heatmap("Latency heatmap") {
                    query(sum(rate(c.latency.bucket().over("\$__rate_interval"))).by(Histogram.LE), "{{le}}")
                    unit(Unit.SECONDS)
                }
                timeseries("P95 latency") {
                    query(histogramQuantile("0.95", sum(rate(c.latency.bucket().over("5m"))).by(JOB, Histogram.LE)),
                        "{{job}}")
                    unit(Unit.SECONDS)
                    min("0")
                }
                table("Slowest jobs") {
                    instantQuery(histogramQuantile("0.99", sum(rate(c.latency.bucket().over("1h"))).by(JOB, Histogram.LE)),
                        "{{job}}")
                    size(24, 6)
                }
            }
            row("Logs and traces") {
                stat("Shop up") {
                    query(c.up.where(JOB.eq("shop")))
                    map("0", "DOWN", "red")
                    map("1", "UP", "green")
                    repeatFor("job", 4)
                }
                logs("Errors in the logs") { logs("{job=~\"\$job\"} |= \"error\"") }
                traces("Slow checkouts") { traceSearch("shop-api", "checkout") }
                traces("Trace") { trace("\$trace_id") }
                nodeGraph("Service map") { serviceDependencies() }
                table("Active checkout alerts") {
                    activeAlerts(Label.of("service").eq("checkout"), Label.of("severity").matches("warning|critical"),
                        Label.of("environment").matches("\$environment"))
                    size(24, 6)
                }
            }
        }
    }
}
