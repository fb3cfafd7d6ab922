package dev.obsc.compiler.analysis.routing;

import dev.obsc.compiler.fixtures.AlertmanagerFixture;
import dev.obsc.model.Route;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Alertmanager's routing semantics on the fixture's tree (root: fallback; critical continues; team; audit). */
class RouteMatchingTest {
    private static final Route ROOT = new AlertmanagerFixture().define().alertmanager().root();

    @Test
    void unmatchedAlertsGoToTheRootReceiver() {
        assertEquals(List.of("fallback"), RouteMatching.receivers(ROOT, Map.of("alertname", "Other")));
    }

    @Test
    void continueLetsLaterSiblingsMatchToo() {
        assertEquals(List.of("oncall", "shop-team"),
                RouteMatching.receivers(ROOT, Map.of("severity", "critical", "team", "shop")));
    }

    @Test
    void firstMatchWinsWithoutContinue() {
        // team="shop" matches before the audit route, which is never tried.
        assertEquals(List.of("shop-team"),
                RouteMatching.receivers(ROOT, Map.of("team", "shop", "alertname", "AuditFailed")));
    }

    @Test
    void childWithoutReceiverInheritsItsParents() {
        assertEquals(List.of("shop-team"), RouteMatching.receivers(ROOT, Map.of("team", "shop", "severity", "info")));
    }

    @Test
    void regexMatchersAreAnchored() {
        assertEquals(List.of("audit"), RouteMatching.receivers(ROOT, Map.of("alertname", "AuditFailed")));
        assertEquals(List.of("fallback"), RouteMatching.receivers(ROOT, Map.of("alertname", "NoAuditFailed")));
    }
}
