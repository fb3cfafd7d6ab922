package dev.obsc.compiler.bench;

import dev.obsc.dsl.Counter;
import dev.obsc.dsl.Definitions;
import dev.obsc.dsl.Label;
import dev.obsc.dsl.Monitoring;
import dev.obsc.dsl.SloDashboards;
import dev.obsc.model.DatasourceType;
import dev.obsc.model.MonitoringModel;
import dev.obsc.model.Secret;

import java.util.ArrayList;
import java.util.List;

/**
 * Synthetic definitions for the SLO benchmark: {@code obsc.bench.slos} SLOs (default 1,000) over 100
 * services, each service exporting one counter; every SLO is an availability SLO (5xx among all
 * requests of one job) by job with the four workbook tiers, and the SLO dashboards. The bad events are
 * selected by a regular expression, as usual for status codes, so the compiler generates no promtool
 * tests for them: those are measured apart (see the README). {@code make bench} compiles them as a
 * whole process: {@code java -Dobsc.bench.slos=10000 -jar obsc.jar generate --class ...}.
 */
public final class SloBenchmarkDefinitions implements Definitions {
    static final String COUNT_PROPERTY = "obsc.bench.slos";
    private static final int SERVICES = 100;
    private static final Label JOB = Label.of("job");
    private static final Label STATUS = Label.of("status");

    @Override
    public MonitoringModel define() {
        int slos = Integer.getInteger(COUNT_PROPERTY, 1_000);
        Monitoring m = new Monitoring("slo benchmark");
        var prometheus = m.grafana().datasource("prometheus", "Prometheus", DatasourceType.PROMETHEUS,
                "http://prometheus:9090", true);
        SloDashboards boards = m.grafana().sloDashboards("SLOs", prometheus);
        List<Counter> requests = new ArrayList<>();
        for (int s = 0; s < SERVICES; s++) {
            requests.add(m.counter("svc" + s + "_requests_total", "Requests of service " + s + ".", JOB, STATUS));
        }
        for (int i = 0; i < slos; i++) {
            int s = i % SERVICES;
            String service = "svc" + s;
            String name = "slo-" + i;
            m.slo(name)
                    .owner("team" + (s % 10), service)
                    .description("Requests of operation " + i + " succeed")
                    .objective(i % 2 == 0 ? "0.99" : "0.999")
                    .badOverTotal(requests.get(s).where(JOB.eq("op" + i), STATUS.matches("5..")),
                            requests.get(s).where(JOB.eq("op" + i)))
                    .by(JOB)
                    .runbook("https://runbooks.example/slo/" + name)
                    .dashboard(boards.budget(service, name));
        }
        var pages = m.alertmanager().receiver("pages", r -> r.pagerDuty(new Secret("/etc/alertmanager/secrets/pagerduty")));
        m.alertmanager().route(root -> root.receiver(pages).groupBy("alertname", "slo"));
        return m.build();
    }
}
