package dev.obsc.compiler.promql;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Generic operations on expression trees. */
public final class Ast {

    private Ast() {
    }

    /**
     * Every node of the tree in pre-order (parents before children, children in source order).
     * Iterative, so it is safe on any tree.
     */
    public static List<Expr> preOrder(Expr root) {
        List<Expr> nodes = new ArrayList<>();
        walk(root, nodes::add);
        return nodes;
    }

    /** Calls {@code action} on every node in pre-order. */
    public static void walk(Expr root, Consumer<Expr> action) {
        Deque<Expr> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Expr node = pending.pop();
            action.accept(node);
            List<Expr> children = node.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.push(children.get(i));
            }
        }
    }

    /** Whether two trees are the same but for spans. */
    public static boolean equalIgnoringSpans(Expr a, Expr b) {
        return withoutSpans(a).equals(withoutSpans(b));
    }

    /** A copy of the tree with every span set to {@link Span#NONE}, for structural comparison. */
    public static Expr withoutSpans(Expr expr) {
        return expr.accept(new SpanEraser());
    }

    /** Strips the parentheses around {@code expr}, if any: {@code ((x))} gives {@code x}. */
    public static Expr unwrapParens(Expr expr) {
        Expr current = expr;
        while (current instanceof ParenExpr) {
            current = ((ParenExpr) current).expr();
        }
        return current;
    }

    private static final class SpanEraser implements ExprVisitor<Expr> {

        @Override
        public Expr visitNumber(NumberLiteral number) {
            return new NumberLiteral(number.text(), Span.NONE);
        }

        @Override
        public Expr visitString(StringLiteral string) {
            return new StringLiteral(string.value(), Span.NONE);
        }

        @Override
        public Expr visitVectorSelector(VectorSelector selector) {
            List<LabelMatcher> matchers = selector.matchers().stream()
                    .map(m -> new LabelMatcher(m.name(), m.op(), m.value(), Span.NONE))
                    .collect(Collectors.toList());
            return new VectorSelector(selector.metricName(), matchers, selector.offset(), selector.at(), Span.NONE);
        }

        @Override
        public Expr visitMatrixSelector(MatrixSelector matrix) {
            return new MatrixSelector((VectorSelector) matrix.selector().accept(this), matrix.range(), Span.NONE);
        }

        @Override
        public Expr visitSubquery(SubqueryExpr subquery) {
            return new SubqueryExpr(subquery.expr().accept(this), subquery.range(), subquery.step(),
                    subquery.offset(), subquery.at(), Span.NONE);
        }

        @Override
        public Expr visitParen(ParenExpr paren) {
            return new ParenExpr(paren.expr().accept(this), Span.NONE);
        }

        @Override
        public Expr visitUnary(UnaryExpr unary) {
            return new UnaryExpr(unary.op(), unary.operand().accept(this), Span.NONE);
        }

        @Override
        public Expr visitBinary(BinaryExpr binary) {
            Optional<VectorMatching> matching = binary.matching().map(m ->
                    new VectorMatching(m.kind(), m.labels(), m.cardinality(), m.include(), Span.NONE));
            return new BinaryExpr(binary.op(), binary.lhs().accept(this), binary.rhs().accept(this),
                    binary.returnBool(), matching, Span.NONE);
        }

        @Override
        public Expr visitAggregate(AggregateExpr aggregate) {
            Grouping grouping = aggregate.grouping();
            return new AggregateExpr(aggregate.op(), aggregate.parameter().map(p -> p.accept(this)),
                    aggregate.body().accept(this), new Grouping(grouping.kind(), grouping.labels(), Span.NONE), Span.NONE);
        }

        @Override
        public Expr visitFunctionCall(FunctionCall call) {
            List<Expr> args = call.args().stream().map(a -> a.accept(this)).collect(Collectors.toList());
            return new FunctionCall(call.function(), args, Span.NONE);
        }
    }
}
