package dev.obsc.compiler.promql;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of checking one expression: the tree and its type when it parsed, and every
 * diagnostic found, in source order.
 */
public record CheckResult(Optional<Expr> expr, Optional<ExprType> type, List<PromQLDiagnostic> diagnostics) {

    public CheckResult {
        Objects.requireNonNull(expr, "expr");
        Objects.requireNonNull(type, "type");
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(PromQLDiagnostic::isError);
    }

    /**
     * The labels the result series can carry, for checking {@code $labels.x} in alert
     * templates: use {@link LabelSet#mayContain(String)}. Unknown (open) when the expression
     * did not parse.
     */
    public LabelSet resultLabels() {
        return type.map(ExprType::labels).orElse(LabelSet.unknown());
    }
}
