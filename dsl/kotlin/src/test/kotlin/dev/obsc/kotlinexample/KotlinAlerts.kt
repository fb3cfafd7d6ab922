package dev.obsc.kotlinexample

import dev.obsc.dsl.DashboardRef
import dev.obsc.dsl.Expr
import dev.obsc.dsl.PromQL.rate
import dev.obsc.dsl.PromQL.sum
import dev.obsc.dsl.RuleTestBuilder
import dev.obsc.dsl.kotlin.MonitoringScope
import dev.obsc.dsl.kotlin.above
import dev.obsc.dsl.kotlin.div
import dev.obsc.dsl.kotlin.monitoring
import dev.obsc.kotlinexample.ShopCatalog.Companion.JOB
import dev.obsc.kotlinexample.ShopCatalog.Companion.STATUS
import dev.obsc.model.DatasourceType
import dev.obsc.model.MonitoringModel
import dev.obsc.model.PanelType
import dev.obsc.model.Severity
import kotlin.time.Duration.Companion.minutes
import kotlin.time.Duration.Companion.seconds

/** The compiler's AlertsFixture, written in Kotlin: it must compile to the same files. */
fun kotlinAlerts(): MonitoringModel = monitoring("alerts fixture") {
    val c = ShopCatalog(this)
    alerts("shop_alerts", 30.seconds) {
        alert("ShopHighErrorRate") {
            expr(sum(rate(c.requests.where(STATUS.eq("error")).over("5m"))).by(JOB) /
                    sum(rate(c.requests.all().over("5m"))).by(JOB) above "0.05")
            pendingFor(2.minutes)
            keepFiringFor(5.minutes)
            severity(Severity.CRITICAL)
            owner("shop", "checkout")
            label("category", "errors")
            summary("More than 5% of requests fail on {{ \$labels.job }}")
            description("{{ \$value | humanizePercentage }} of requests to {{ \$labels.job }} fail.\n" +
                    "Customers cannot check out.")
            runbook("https://runbooks.shop.example/ShopHighErrorRate")
            dashboard(ERRORS) {
                variable("job", JOB)
                time("now-6h", "now")
            }
            test("10% errors fire after 2m") {
                series(c.requests.where(JOB.eq("shop"), STATUS.eq("error")), "0+10x10")
                series(c.requests.where(JOB.eq("shop"), STATUS.eq("ok")), "0+90x10")
                expectSilent(2.minutes)
                expectFiring(10.minutes, {
                    label(JOB, "shop")
                    annotation("summary", "More than 5% of requests fail on shop")
                    annotation("description", "10% of requests to shop fail.\nCustomers cannot check out.")
                })
            }
            test("the firing job is escaped into the dashboard link") {
                series(c.requests.where(JOB.eq("shop eu/1~*"), STATUS.eq("error")), "0+10x10")
                series(c.requests.where(JOB.eq("shop eu/1~*"), STATUS.eq("ok")), "0+90x10")
                expectFiring(10.minutes, {
                    label(JOB, "shop eu/1~*")
                    annotation("summary", "More than 5% of requests fail on shop eu/1~*")
                    annotation("description", "10% of requests to shop eu/1~* fail.\nCustomers cannot check out.")
                })
            }
            test("1% errors stay silent") {
                series(c.requests.where(JOB.eq("shop"), STATUS.eq("error")), "0+1x10")
                series(c.requests.where(JOB.eq("shop"), STATUS.eq("ok")), "0+99x10")
                expectSilent(10.minutes)
            }
        }
        alert("ShopDown") {
            expr(Expr.raw("up{job=\"shop\"} == 0"))
            pendingFor(1.minutes)
            severity(Severity.WARNING)
            owner("shop", "checkout")
            summary("Shop target {{ \$labels.job }} is down")
            description("Prometheus cannot scrape {{ \$labels.job }}.")
            runbook("https://runbooks.shop.example/ShopDown")
            annotation("note", "2024-01-01")
            test("a target down for a minute fires") {
                series(c.up.where(JOB.eq("shop")), "1 1 0 0 0 0")
                expectSilent(2.minutes)
                expectFiring(5.minutes, {
                    label(JOB, "shop")
                    annotation("summary", "Shop target shop is down")
                    annotation("description", "Prometheus cannot scrape shop.")
                })
            }
        }
    }
    ruleTest("shop_recorded", "a healthy target is up") {
        series(c.up.where(JOB.eq("shop")), "1x5")
        expectSamples(5.minutes, c.up.where(JOB.eq("shop")), RuleTestBuilder.sample("up{job=\"shop\"}", "1"))
        expectNoAlert(5.minutes, "ShopDown")
    }
    minimalAlertmanager()
    grafana {
        val prometheus = datasource("prometheus", "Prometheus", DatasourceType.PROMETHEUS, "http://prometheus:9090", true)
        dashboard(SHOP, "Shop") {
            labelValuesVariable("job", "Job", prometheus, "shop_requests_total", JOB)
            panels {
                panel(ERRORS, PanelType.TIMESERIES, "Errors") {
                    query(sum(rate(c.requests.where(STATUS.eq("error"), JOB.eq("\$job")).over("5m"))).by(JOB), "{{job}}")
                }
            }
        }
    }
}

private val SHOP = DashboardRef.of("shop")
private val ERRORS = SHOP.panel("errors")

/** One receiver that takes everything, as the Java fixtures' MinimalAlertmanager. */
fun MonitoringScope.minimalAlertmanager() = alertmanager {
    val team = receiver("team") { webhook("https://hooks.shop.example/alerts") }
    route {
        receiver(team)
        groupBy("alertname")
    }
}
