package dev.tta.monitoring;

import dev.obsc.dsl.Definitions;
import dev.obsc.dsl.Monitoring;
import dev.obsc.model.MonitoringModel;

/** TTA.dev's monitoring: catalog, rules, alerts, SLOs, Alertmanager, Grafana and the stack per environment, assembled. */
public final class TtaMonitoring implements Definitions {
    @Override
    public MonitoringModel define() {
        Monitoring m = new Monitoring("tta-dev").scrapeInterval("15s");
        Catalog catalog = new Catalog(m);
        RecordingRules rules = new RecordingRules(m, catalog);
        Alerts.declare(m, catalog, rules);
        new Slos(m, catalog);
        Receivers receivers = Routing.declare(m.alertmanager());
        Datasources datasources = new Datasources(m.grafana());
        Dashboards.declare(m.grafana(), datasources, catalog, rules, receivers);
        Environments.declare(m.stack(), new Stack(m.stack()));
        return m.build();
    }
}
