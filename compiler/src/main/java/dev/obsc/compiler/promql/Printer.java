package dev.obsc.compiler.promql;

import java.util.List;

/**
 * Prints an expression as canonical PromQL text.
 *
 * <p>Canonical means: lower-case keywords, single spaces around binary operators, grouping
 * clauses before the aggregation body ({@code sum by (job) (x)}), {@code @} before
 * {@code offset}, double-quoted strings, exact numbers, canonical durations.
 *
 * <p>Parentheses: the parser keeps the user's parentheses as {@link ParenExpr} nodes and the
 * printer prints exactly those, so {@code parse(print(e))} equals {@code e} (ignoring spans) for
 * every parsed tree. For a tree built in code whose shape cannot be written without
 * parentheses (say, a sum as the left operand of a product) the printer adds the parentheses
 * the meaning needs; parsing that text gives back the same meaning with a {@link ParenExpr}
 * where the parentheses were added.
 */
final class Printer implements ExprVisitor<Void> {

    private final StringBuilder out = new StringBuilder();

    private Printer() {
    }

    static String print(Expr expr) {
        Printer printer = new Printer();
        expr.accept(printer);
        return printer.out.toString();
    }

    @Override
    public Void visitNumber(NumberLiteral number) {
        out.append(number.text());
        return null;
    }

    @Override
    public Void visitString(StringLiteral string) {
        out.append(quote(string.value()));
        return null;
    }

    @Override
    public Void visitVectorSelector(VectorSelector selector) {
        printSelectorWithoutModifiers(selector);
        printModifiers(selector.offset(), selector.at());
        return null;
    }

    private void printSelectorWithoutModifiers(VectorSelector selector) {
        selector.metricName().ifPresent(out::append);
        if (!selector.matchers().isEmpty() || selector.metricName().isEmpty()) {
            out.append('{');
            List<LabelMatcher> matchers = selector.matchers();
            for (int i = 0; i < matchers.size(); i++) {
                LabelMatcher matcher = matchers.get(i);
                if (i > 0) {
                    out.append(", ");
                }
                out.append(matcher.name()).append(matcher.op().symbol()).append(quote(matcher.value()));
            }
            out.append('}');
        }
    }

    private void printModifiers(java.util.Optional<Duration> offset, java.util.Optional<AtModifier> at) {
        at.ifPresent(modifier -> out.append(' ').append(modifier));
        offset.ifPresent(duration -> out.append(" offset ").append(duration));
    }

    @Override
    public Void visitMatrixSelector(MatrixSelector matrix) {
        printSelectorWithoutModifiers(matrix.selector());
        out.append('[').append(matrix.range()).append(']');
        printModifiers(matrix.selector().offset(), matrix.selector().at());
        return null;
    }

    @Override
    public Void visitSubquery(SubqueryExpr subquery) {
        printWrapped(subquery.expr(), !bindsAsPostfixOperand(subquery.expr()));
        out.append('[').append(subquery.range()).append(':');
        subquery.step().ifPresent(out::append);
        out.append(']');
        printModifiers(subquery.offset(), subquery.at());
        return null;
    }

    /** Whether {@code expr[...]} applies the brackets to all of {@code expr}. */
    private static boolean bindsAsPostfixOperand(Expr expr) {
        if (expr instanceof NumberLiteral) {
            return !((NumberLiteral) expr).isNegative();
        }
        return !(expr instanceof BinaryExpr || expr instanceof UnaryExpr);
    }

    @Override
    public Void visitParen(ParenExpr paren) {
        out.append('(');
        paren.expr().accept(this);
        out.append(')');
        return null;
    }

    @Override
    public Void visitUnary(UnaryExpr unary) {
        out.append(unary.op().symbol());
        Expr operand = unary.operand();
        // A unary operator binds tighter than every binary operator but ^, and a sign directly
        // before a literal would fold into it on re-parsing.
        boolean needsParens = operand instanceof NumberLiteral
                || (operand instanceof BinaryExpr && ((BinaryExpr) operand).op() != BinaryOp.POW);
        printWrapped(operand, needsParens);
        return null;
    }

    @Override
    public Void visitBinary(BinaryExpr binary) {
        BinaryOp op = binary.op();
        printWrapped(binary.lhs(), operandNeedsParens(binary.lhs(), op, true));
        out.append(' ').append(op.symbol());
        if (binary.returnBool()) {
            out.append(" bool");
        }
        String rhs = print(binary.rhs());
        boolean rhsNeedsParens = operandNeedsParens(binary.rhs(), op, false);
        binary.matching().ifPresent(matching -> {
            out.append(' ').append(matching.kind().keyword());
            appendLabelList(matching.labels());
            if (matching.cardinality() != VectorMatching.Cardinality.ONE_TO_ONE) {
                out.append(' ').append(matching.cardinality().keyword());
                // "group_left (x)" would read the right operand as the include list.
                if (!matching.include().isEmpty() || rhsNeedsParens || rhs.startsWith("(")) {
                    appendLabelList(matching.include());
                }
            }
        });
        out.append(' ');
        if (rhsNeedsParens) {
            out.append('(').append(rhs).append(')');
        } else {
            out.append(rhs);
        }
        return null;
    }

    private static boolean operandNeedsParens(Expr operand, BinaryOp parent, boolean isLeft) {
        if (operand instanceof BinaryExpr) {
            BinaryOp child = ((BinaryExpr) operand).op();
            if (child.precedence() != parent.precedence()) {
                return child.precedence() < parent.precedence();
            }
            return parent.isRightAssociative() == isLeft;
        }
        if (parent == BinaryOp.POW && isLeft) {
            // -a ^ b means -(a ^ b).
            return operand instanceof UnaryExpr
                    || (operand instanceof NumberLiteral && ((NumberLiteral) operand).isNegative());
        }
        return false;
    }

    @Override
    public Void visitAggregate(AggregateExpr aggregate) {
        out.append(aggregate.op().keyword());
        Grouping grouping = aggregate.grouping();
        if (grouping.kind() != Grouping.Kind.NONE) {
            out.append(grouping.kind() == Grouping.Kind.BY ? " by " : " without ");
            appendLabelList(grouping.labels());
            out.append(' ');
        }
        out.append('(');
        aggregate.parameter().ifPresent(parameter -> {
            parameter.accept(this);
            out.append(", ");
        });
        aggregate.body().accept(this);
        out.append(')');
        return null;
    }

    @Override
    public Void visitFunctionCall(FunctionCall call) {
        out.append(call.name()).append('(');
        List<Expr> args = call.args();
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            args.get(i).accept(this);
        }
        out.append(')');
        return null;
    }

    private void printWrapped(Expr expr, boolean parenthesize) {
        if (parenthesize) {
            out.append('(');
        }
        expr.accept(this);
        if (parenthesize) {
            out.append(')');
        }
    }

    private void appendLabelList(List<String> labels) {
        out.append('(').append(String.join(", ", labels)).append(')');
    }

    /** A double-quoted PromQL string literal with Go escapes, readable for printable text. */
    static String quote(String value) {
        StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
        value.codePoints().forEach(cp -> {
            switch (cp) {
                case '"': quoted.append("\\\""); break;
                case '\\': quoted.append("\\\\"); break;
                case '\n': quoted.append("\\n"); break;
                case '\t': quoted.append("\\t"); break;
                case '\r': quoted.append("\\r"); break;
                default:
                    if (cp < 0x20 || cp == 0x7f) {
                        quoted.append(String.format("\\x%02x", cp));
                    } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
                            || Character.getType(cp) == Character.UNASSIGNED) {
                        quoted.append(cp > 0xFFFF ? String.format("\\U%08x", cp) : String.format("\\u%04x", cp));
                    } else {
                        quoted.appendCodePoint(cp);
                    }
            }
        });
        return quoted.append('"').toString();
    }
}
