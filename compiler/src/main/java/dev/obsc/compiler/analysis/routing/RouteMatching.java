package dev.obsc.compiler.analysis.routing;

import dev.obsc.model.Matcher;
import dev.obsc.model.Route;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Alertmanager's routing, evaluated exactly as Alertmanager does: a route matches when all its
 * matchers match (a missing label is the empty string, regexes are anchored); children are tried
 * in order and the first match wins unless it has {@code continue}; a route none of whose children
 * match takes the alert itself; unset receivers are inherited from the parent.
 */
public final class RouteMatching {
    private RouteMatching() {
    }

    /** The receivers an alert with these labels is sent to, in routing-tree order. */
    public static List<String> receivers(Route root, Map<String, String> labels) {
        List<String> receivers = new ArrayList<>();
        match(root, root.receiver().orElse(""), labels, receivers);
        return receivers;
    }

    private static boolean match(Route route, String inheritedReceiver, Map<String, String> labels,
                                 List<String> into) {
        if (!route.matchers().stream().allMatch(m -> matches(m, labels))) {
            return false;
        }
        String receiver = route.receiver().orElse(inheritedReceiver);
        boolean childMatched = false;
        for (Route child : route.routes()) {
            if (match(child, receiver, labels, into)) {
                childMatched = true;
                if (!child.continueMatching()) {
                    break;
                }
            }
        }
        if (!childMatched) {
            into.add(receiver);
        }
        return true;
    }

    static boolean matches(Matcher matcher, Map<String, String> labels) {
        return matcher.matches(labels.getOrDefault(matcher.label(), ""));
    }
}
