package dev.obsc.kotlinexample

import dev.obsc.dsl.Label
import dev.obsc.dsl.kotlin.monitoring
import dev.obsc.model.MonitoringModel
import dev.obsc.model.Secret
import kotlin.time.Duration.Companion.hours
import kotlin.time.Duration.Companion.minutes
import kotlin.time.Duration.Companion.seconds

private val SEVERITY = Label.of("severity")
private val TEAM = Label.of("team")
private val ALERTNAME = Label.of("alertname")
private val SERVICE = Label.of("service")

/** The compiler's AlertmanagerFixture, written in Kotlin: it must compile to the same files. */
fun kotlinAlertmanager(): MonitoringModel = monitoring("alertmanager fixture") {
    alertmanager {
        resolveTimeout(5.minutes)
        smtp("smtp.shop.example:587", "alerts@shop.example", "alerts",
            Secret("/etc/alertmanager/secrets/smtp_password"))
        slackApiUrl(Secret("/etc/alertmanager/secrets/slack_url"))
        template("shop", """
            {{ define "shop.title" }}[{{ .Status | toUpper }}] {{ .CommonLabels.alertname }}{{ end }}
            {{ define "shop.text" }}{{ range .Alerts }}{{ .Annotations.summary }}
            {{ end }}{{ end }}
            """.trimIndent() + "\n")
        val oncall = receiver("oncall") {
            pagerDuty(Secret("/etc/alertmanager/secrets/pagerduty_key"))
            opsgenie(Secret("/etc/alertmanager/secrets/opsgenie_key"), "P1", "shop-sre")
            slack("#oncall", "{{ template \"shop.title\" . }}", "{{ template \"shop.text\" . }}")
        }
        val team = receiver("shop-team") {
            email("shop-team@shop.example")
            slack("#shop")
        }
        val hooks = receiver("audit") { webhook("https://audit.shop.example/alertmanager") }
        val fallback = receiver("fallback") { email("ops@shop.example") }
        val businessHours = timeInterval("business-hours", {
            weekdays("monday:friday")
            times("09:00", "17:00")
            location("Europe/Berlin")
        })
        route {
            receiver(fallback)
            groupBy(ALERTNAME, SERVICE)
            groupWait(30.seconds)
            groupInterval(5.minutes)
            repeatInterval(4.hours)
            route {
                matching(SEVERITY.eq("critical"))
                receiver(oncall)
                repeatInterval(30.minutes)
                continueMatching()
            }
            route {
                matching(TEAM.eq("shop"))
                receiver(team)
                repeatInterval(1.hours)
                route {
                    matching(SEVERITY.eq("info"))
                    activeDuring(businessHours)
                }
            }
            route {
                matching(ALERTNAME.matches("Audit.*"))
                receiver(hooks)
            }
        }
        inhibit(listOf(ALERTNAME.eq("ShopDown")), listOf(SEVERITY.matches("warning|info")), SERVICE)
    }
}
