package dev.tta.monitoring.live;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.function.UnaryOperator;

/**
 * Deliberate mistakes applied to the generated files before a live run, to prove the live check
 * notices them: as if the definitions had produced a wrong rule file or a wrong route tree.
 */
record Faults(UnaryOperator<ObjectNode> ruleFile, UnaryOperator<ObjectNode> alertmanager) {
    static final Faults NONE = new Faults(tree -> tree, tree -> tree);

    static Faults inRules(UnaryOperator<ObjectNode> fault) {
        return new Faults(fault, tree -> tree);
    }

    static Faults inAlertmanager(UnaryOperator<ObjectNode> fault) {
        return new Faults(tree -> tree, fault);
    }
}
