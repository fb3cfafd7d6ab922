package dev.obsc.compiler.analysis;

import dev.obsc.compiler.promql.AggregateExpr;
import dev.obsc.compiler.promql.Ast;
import dev.obsc.compiler.promql.BinaryExpr;
import dev.obsc.compiler.promql.BinaryOp;
import dev.obsc.compiler.promql.Expr;
import dev.obsc.compiler.promql.FunctionCall;
import dev.obsc.compiler.promql.Span;

import java.util.Optional;
import java.util.Set;

/**
 * Finds a division by the rate or increase of a counter with no guard: without traffic the divisor
 * is 0 and the result NaN (0/0) or Inf, which then poisons every window that averages or sums the
 * recorded series. Guarded divisors such as {@code (sum(rate(x[5m])) > 0)} give no sample instead.
 */
final class ZeroTrafficDivision {
    private static final Set<String> TRAFFIC_FUNCTIONS = Set.of("rate", "irate", "increase");

    private ZeroTrafficDivision() {
    }

    /** The span of the first unguarded divisor, if any. */
    static Optional<Span> find(Expr expr) {
        for (Expr node : Ast.preOrder(expr)) {
            if (node instanceof BinaryExpr binary && binary.op() == BinaryOp.DIV && isTraffic(binary.rhs())) {
                return Optional.of(binary.rhs().span());
            }
        }
        return Optional.empty();
    }

    /** A rate or increase, possibly aggregated, with no comparison filtering out zero. */
    private static boolean isTraffic(Expr divisor) {
        Expr e = Ast.unwrapParens(divisor);
        if (e instanceof AggregateExpr aggregate) {
            return isTraffic(aggregate.body());
        }
        if (e instanceof FunctionCall call) {
            return TRAFFIC_FUNCTIONS.contains(call.function().name());
        }
        if (e instanceof BinaryExpr binary && binary.op().kind() == BinaryOp.Kind.ARITHMETIC) {
            return isTraffic(binary.lhs()) || isTraffic(binary.rhs());
        }
        return false;
    }
}
