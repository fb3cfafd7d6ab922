package dev.obsc.compiler.analysis;

import dev.obsc.compiler.diagnostics.Diagnostics;
import dev.obsc.compiler.promql.Expr;
import dev.obsc.compiler.promql.PromQL;
import dev.obsc.compiler.promql.PromQLSyntaxException;
import dev.obsc.compiler.promql.Span;
import dev.obsc.model.AlertRule;
import dev.obsc.model.MonitoringModel;
import dev.obsc.model.Query;
import dev.obsc.model.RecordingRule;
import dev.obsc.model.SourcePosition;

import java.util.HashMap;
import java.util.Map;

/**
 * Parses every query the output will contain and keeps its canonical form, which the emitters
 * print: a query is emitted only after it has been through the checker.
 */
final class QueryChecks {
    private final Map<String, String> canonical = new HashMap<>();
    private final Diagnostics out;

    QueryChecks(Diagnostics out) {
        this.out = out;
    }

    void check(MonitoringModel model) {
        for (RecordingRule rule : model.recordingRules()) {
            parse(rule.expr(), "recording rule '" + rule.record() + "'", rule.position());
        }
        for (AlertRule alert : model.alerts()) {
            if (!alert.expr().promql().isBlank()) {
                parse(alert.expr(), "alert '" + alert.name() + "'", alert.position());
            }
        }
    }

    /** The canonical text of a checked query. */
    String print(Query query) {
        String printed = canonical.get(query.promql());
        if (printed == null) {
            throw new IllegalStateException("query was not checked before lowering: " + query.promql());
        }
        return printed;
    }

    private void parse(Query query, String owner, SourcePosition position) {
        try {
            Expr expr = PromQL.parse(query.promql());
            canonical.put(query.promql(), PromQL.print(expr));
        } catch (PromQLSyntaxException e) {
            out.error("PROMQL001", position, "the query of " + owner + " is not valid PromQL: " + e.reason() + "\n"
                    + caret(query.promql(), e.span()));
        }
    }

    /** The query with a caret line under the offending part, indented to stand out in a log. */
    static String caret(String query, Span span) {
        String oneLine = query.replace('\n', ' ');
        int start = Math.min(span.start(), oneLine.length());
        int width = Math.max(1, Math.min(span.end(), oneLine.length()) - start);
        return "    " + oneLine + "\n    " + " ".repeat(start) + "^".repeat(width);
    }
}
