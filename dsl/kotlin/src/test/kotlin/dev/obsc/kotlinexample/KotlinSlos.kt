package dev.obsc.kotlinexample

import dev.obsc.dsl.kotlin.monitoring
import dev.obsc.kotlinexample.ShopCatalog.Companion.JOB
import dev.obsc.kotlinexample.ShopCatalog.Companion.ROUTE
import dev.obsc.kotlinexample.ShopCatalog.Companion.STATUS
import dev.obsc.model.BurnTier
import dev.obsc.model.DatasourceType
import dev.obsc.model.MonitoringModel
import dev.obsc.model.Secret
import kotlin.time.Duration.Companion.days
import kotlin.time.Duration.Companion.minutes

/** The compiler's SloFixture, written in Kotlin: it must compile to the same files. */
fun kotlinSlos(): MonitoringModel = monitoring("slo fixture") {
    val c = ShopCatalog(this)
    slo("availability") {
        owner("shop", "checkout")
        description("99.9% of requests succeed")
        objective("0.999")
        period(30.days)
        badOverTotal(c.requests.where(STATUS.eq("500")), c.requests.all())
        by(JOB)
        runbook("https://runbooks.shop.example/slo/availability")
    }
    slo("latency") {
        owner("shop", "checkout")
        description("95% of checkout requests finish within 250 ms")
        objective("0.95")
        period(28.days)
        latency(c.latency, "0.25", ROUTE.eq("/checkout"))
        runbook("https://runbooks.shop.example/slo/latency")
    }
    slo("search-success") {
        owner("search", "search")
        objective("0.9")
        goodOverTotal(c.requests.where(ROUTE.eq("/search"), STATUS.eq("200")), c.requests.where(ROUTE.eq("/search")))
        by(JOB)
        withoutTier(BurnTier.PAGE_1H)
        tierFactor(BurnTier.PAGE_6H, "5")
        alertFor(5.minutes)
        runbook("https://runbooks.shop.example/slo/search")
    }
    pagerForEverything()
}

/** The compiler's SloDashboardFixture, written in Kotlin: SLO dashboards and links into them. */
fun kotlinSloDashboards(): MonitoringModel = monitoring("slo dashboard fixture") {
    val c = ShopCatalog(this)
    lateinit var boards: dev.obsc.dsl.SloDashboards
    grafana {
        baseUrl("https://grafana.shop.example/")
        val prometheus = datasource("prometheus", "Prometheus", DatasourceType.PROMETHEUS, "http://prometheus:9090", true)
        boards = sloDashboards("SLOs", prometheus)
    }
    slo("availability") {
        owner("shop", "checkout")
        description("99.9% of requests succeed")
        objective("0.999")
        period(30.days)
        period(7.days)
        badOverTotal(c.requests.where(STATUS.eq("500")), c.requests.all())
        by(JOB)
        runbook("https://runbooks.shop.example/slo/availability")
        dashboard(boards.budget("checkout", "availability"))
    }
    slo("latency") {
        owner("shop", "checkout")
        description("95% of checkout requests finish within 250 ms")
        objective("0.95")
        period(28.days)
        latency(c.latency, "0.25", ROUTE.eq("/checkout"))
        runbook("https://runbooks.shop.example/slo/latency")
        dashboard(boards.service("checkout"))
    }
    slo("search-success") {
        owner("search", "search")
        objective("0.9")
        goodOverTotal(c.requests.where(ROUTE.eq("/search"), STATUS.eq("200")), c.requests.where(ROUTE.eq("/search")))
        withoutTier(BurnTier.PAGE_1H)
        withoutTier(BurnTier.PAGE_6H)
        tierFactor(BurnTier.TICKET_1D, "2")
        runbook("https://runbooks.shop.example/slo/search")
        dashboard(boards.burnRate("search", "search-success"))
    }
    pagerForEverything()
}

/** Pages must reach a paging integration (ROUTE004); one receiver takes everything. */
private fun dev.obsc.dsl.kotlin.MonitoringScope.pagerForEverything() {
    alertmanager {
        val pager = receiver("pager") { pagerDuty(Secret("/run/secrets/pagerduty")) }
        route {
            receiver(pager)
            groupBy("alertname", "slo")
        }
    }
}
