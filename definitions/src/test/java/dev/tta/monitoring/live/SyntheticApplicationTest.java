package dev.tta.monitoring.live;

import dev.obsc.model.Metric;
import dev.obsc.model.MonitoringModel;
import dev.tta.monitoring.TtaMonitoring;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The synthetic TTA.dev the live test scrapes: exports the catalog, and misbehaves when told. */
class SyntheticApplicationTest {
    private static final MonitoringModel MODEL = new TtaMonitoring().define();
    private static final Map<String, Metric> CATALOG = MODEL.metrics().stream()
            .collect(Collectors.toMap(Metric::name, Function.identity()));
    /** Series Prometheus makes itself rather than scrapes. */
    private static final Set<String> MADE_BY_PROMETHEUS = Set.of("up", "ALERTS");

    @Test
    void exportsEveryCatalogMetricThatIsScraped() {
        Set<String> scraped = new TreeSet<>(CATALOG.keySet());
        scraped.removeAll(MADE_BY_PROMETHEUS);
        assertEquals(scraped, new SyntheticApplication(CATALOG).scrape().families());
    }

    @Test
    void refusesAMetricTheCatalogDoesNotDeclare() {
        assertThrows(IllegalArgumentException.class, () -> new Exposition(CATALOG).family("tta_undeclared_total"));
    }

    @Test
    void anErrorSpikeShowsInTheErrorCounters() throws Exception {
        SyntheticApplication app = new SyntheticApplication(CATALOG);
        app.scrape();
        Thread.sleep(50);
        double healthy = errorShare(app.scrape().text());
        app.errorRatio(0.5);
        Thread.sleep(200);
        double spiking = errorShare(app.scrape().text());
        assertTrue(healthy < 0.05 && spiking > 0.3, healthy + " then " + spiking);
    }

    @Test
    void slowExecutionsLandAboveTheirBucket() throws Exception {
        SyntheticApplication app = new SyntheticApplication(CATALOG);
        app.latencySeconds(2);
        app.scrape();
        Thread.sleep(50);
        String text = app.scrape().text();
        assertEquals(0.0, sample(text, "tta_execution_duration_seconds_bucket{primitive_type=\"cache\",le=\"1\"}"));
        assertTrue(sample(text, "tta_execution_duration_seconds_bucket{primitive_type=\"cache\",le=\"2.5\"}") > 0);
    }

    private static double errorShare(String text) {
        double errors = sample(text, "tta_primitive_executions_total{primitive_type=\"router\","
                + "primitive_name=\"router-primitive\",status=\"error\"}");
        double successes = sample(text, "tta_primitive_executions_total{primitive_type=\"router\","
                + "primitive_name=\"router-primitive\",status=\"success\"}");
        return errors / (errors + successes);
    }

    private static double sample(String text, String series) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(text);
        assertTrue(line.find(), () -> series + " not in:\n" + text);
        return Double.parseDouble(line.group(1));
    }
}
