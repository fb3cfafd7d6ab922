package dev.obsc.compiler.promql;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Recursive-descent parser with precedence climbing for binary operators. It follows the
 * Prometheus 2.x grammar, including its structural checks (for example "ranges only allowed
 * for vector selectors"); value types are left to {@link TypeChecker}.
 *
 * <p>Nesting is bounded by {@link #MAX_DEPTH}: both how deep the parser recurses and how deep
 * the resulting tree is, so neither this parser nor anything walking its trees recursively can
 * overflow the stack.
 */
final class Parser {

    static final int MAX_DEPTH = 256;

    /** Keywords that may never be a metric name (Prometheus' grammar excludes them). */
    private static final Set<String> NOT_METRIC_NAMES = Set.of("bool", "on", "ignoring", "group_left", "group_right", "atan2");

    private final String source;
    private final List<Token> tokens;
    private int index;
    private int nesting;
    private final Map<Expr, Integer> treeDepth = new IdentityHashMap<>();

    private Parser(String source) {
        this.source = source;
        this.tokens = Lexer.tokenize(source);
    }

    static Expr parse(String source) {
        Parser parser = new Parser(source);
        if (parser.peek().is(TokenKind.EOF)) {
            throw parser.error("empty expression: expected a PromQL expression", parser.peek());
        }
        Expr expr = parser.parseExpr();
        Token trailing = parser.peek();
        if (!trailing.is(TokenKind.EOF)) {
            throw parser.error("unexpected " + trailing.describe() + " after the end of the expression", trailing);
        }
        return expr;
    }

    // ---- expressions -------------------------------------------------------------------

    private Expr parseExpr() {
        return parseBinary(1);
    }

    private Expr parseBinary(int minPrecedence) {
        enterNesting();
        Expr lhs = parseUnary();
        while (true) {
            Optional<BinaryOp> maybeOp = peekBinaryOp();
            if (maybeOp.isEmpty() || maybeOp.get().precedence() < minPrecedence) {
                break;
            }
            BinaryOp op = maybeOp.get();
            Token opToken = advance();
            boolean returnBool = false;
            if (peek().isKeyword("bool")) {
                Token bool = advance();
                if (!op.isComparison()) {
                    throw error("bool modifier can only be used on comparison operators, not '" + op.symbol() + "'", bool);
                }
                returnBool = true;
            }
            Optional<VectorMatching> matching = parseVectorMatching(op, opToken);
            int rhsPrecedence = op.isRightAssociative() ? op.precedence() : op.precedence() + 1;
            Expr rhs = parseBinary(rhsPrecedence);
            lhs = track(new BinaryExpr(op, lhs, rhs, returnBool, matching, lhs.span().to(rhs.span())));
        }
        nesting--;
        return lhs;
    }

    private Optional<BinaryOp> peekBinaryOp() {
        Token token = peek();
        switch (token.kind()) {
            case PLUS: return Optional.of(BinaryOp.ADD);
            case MINUS: return Optional.of(BinaryOp.SUB);
            case STAR: return Optional.of(BinaryOp.MUL);
            case SLASH: return Optional.of(BinaryOp.DIV);
            case PERCENT: return Optional.of(BinaryOp.MOD);
            case CARET: return Optional.of(BinaryOp.POW);
            case EQUAL: return Optional.of(BinaryOp.EQL);
            case NOT_EQUAL: return Optional.of(BinaryOp.NEQ);
            case LESS_EQUAL: return Optional.of(BinaryOp.LTE);
            case LESS: return Optional.of(BinaryOp.LSS);
            case GREATER_EQUAL: return Optional.of(BinaryOp.GTE);
            case GREATER: return Optional.of(BinaryOp.GTR);
            case IDENTIFIER:
                Optional<BinaryOp> keywordOp = BinaryOp.fromSymbol(token.text());
                return keywordOp.filter(op -> Character.isLetter(op.symbol().charAt(0)));
            default:
                return Optional.empty();
        }
    }

    private Optional<VectorMatching> parseVectorMatching(BinaryOp op, Token opToken) {
        Token start = peek();
        VectorMatching.Kind kind;
        if (start.isKeyword("on")) {
            kind = VectorMatching.Kind.ON;
        } else if (start.isKeyword("ignoring")) {
            kind = VectorMatching.Kind.IGNORING;
        } else {
            if (start.isKeyword("group_left") || start.isKeyword("group_right")) {
                throw error(start.lowerText() + " needs on(...) or ignoring(...) before it", start);
            }
            return Optional.empty();
        }
        advance();
        List<String> labels = parseLabelList("after " + kind.keyword());
        VectorMatching.Cardinality cardinality = VectorMatching.Cardinality.ONE_TO_ONE;
        List<String> include = List.of();
        Token group = peek();
        if (group.isKeyword("group_left") || group.isKeyword("group_right")) {
            advance();
            if (op.isSetOperator()) {
                throw error("no grouping allowed for \"" + op.symbol() + "\" operation", group);
            }
            cardinality = group.isKeyword("group_left")
                    ? VectorMatching.Cardinality.MANY_TO_ONE
                    : VectorMatching.Cardinality.ONE_TO_MANY;
            if (peek().is(TokenKind.LEFT_PAREN)) {
                include = parseLabelList("after " + group.lowerText());
            }
            if (kind == VectorMatching.Kind.ON) {
                for (String label : include) {
                    if (labels.contains(label)) {
                        throw error("label \"" + label + "\" must not occur in on(...) and " + group.lowerText()
                                + "(...) at once", group);
                    }
                }
            }
        }
        Span span = start.span().to(previous().span());
        return Optional.of(new VectorMatching(kind, labels, cardinality, include, span));
    }

    private Expr parseUnary() {
        Token token = peek();
        if (token.is(TokenKind.MINUS) || token.is(TokenKind.PLUS)) {
            advance();
            Expr operand = parseBinary(BinaryOp.UNARY_OPERAND_PRECEDENCE);
            Span span = token.span().to(operand.span());
            boolean minus = token.is(TokenKind.MINUS);
            if (operand instanceof NumberLiteral) {
                // Prometheus folds a sign into a literal: -1 is a number, not an operation on one.
                NumberLiteral number = (NumberLiteral) operand;
                return track(minus ? number.negate(span) : new NumberLiteral(number.text(), span));
            }
            return track(new UnaryExpr(minus ? UnaryExpr.Op.MINUS : UnaryExpr.Op.PLUS, operand, span));
        }
        return parsePostfix(parsePrimary());
    }

    /** Ranges, subqueries, {@code offset} and {@code @}, which bind tighter than any operator. */
    private Expr parsePostfix(Expr expr) {
        while (true) {
            Token token = peek();
            if (token.is(TokenKind.LEFT_BRACKET)) {
                expr = parseRangeOrSubquery(expr);
            } else if (token.isKeyword("offset")) {
                expr = parseOffset(expr);
            } else if (token.is(TokenKind.AT)) {
                expr = parseAt(expr);
            } else {
                return expr;
            }
        }
    }

    private Expr parseRangeOrSubquery(Expr expr) {
        advance();
        Duration range = expectDuration("as the range in '[...]'");
        if (peek().is(TokenKind.COLON)) {
            advance();
            Optional<Duration> step = Optional.empty();
            if (peek().is(TokenKind.DURATION)) {
                step = Optional.of(expectDuration("as the subquery step"));
            }
            Token close = expect(TokenKind.RIGHT_BRACKET, "to close the subquery");
            return track(new SubqueryExpr(expr, range, step, Optional.empty(), Optional.empty(), expr.span().to(close.span())));
        }
        Token close = expect(TokenKind.RIGHT_BRACKET, "to close the range");
        if (!(expr instanceof VectorSelector)) {
            throw new PromQLSyntaxException(
                    "ranges are only allowed on vector selectors; use a subquery [range:step] for other expressions",
                    expr.span().to(close.span()));
        }
        VectorSelector selector = (VectorSelector) expr;
        if (selector.offset().isPresent() || selector.at().isPresent()) {
            throw new PromQLSyntaxException("offset and @ modifiers go after the range, not before it",
                    expr.span().to(close.span()));
        }
        return track(new MatrixSelector(selector, range, expr.span().to(close.span())));
    }

    private Expr parseOffset(Expr expr) {
        Token keyword = advance();
        boolean negative = false;
        if (peek().is(TokenKind.MINUS)) {
            advance();
            negative = true;
        }
        Duration magnitude = expectDuration("after offset");
        Duration offset = negative ? Duration.ofMillis(-magnitude.millis()) : magnitude;
        Span span = expr.span().to(previous().span());
        String duplicate = "offset may not be set more than once";
        if (expr instanceof VectorSelector) {
            VectorSelector selector = (VectorSelector) expr;
            requireAbsent(selector.offset(), duplicate, keyword);
            return track(selector.withOffset(Optional.of(offset), span));
        }
        if (expr instanceof MatrixSelector) {
            MatrixSelector matrix = (MatrixSelector) expr;
            requireAbsent(matrix.selector().offset(), duplicate, keyword);
            return track(new MatrixSelector(matrix.selector().withOffset(Optional.of(offset), matrix.selector().span()),
                    matrix.range(), span));
        }
        if (expr instanceof SubqueryExpr) {
            SubqueryExpr subquery = (SubqueryExpr) expr;
            requireAbsent(subquery.offset(), duplicate, keyword);
            return track(subquery.withOffset(Optional.of(offset), span));
        }
        throw error("offset must follow an instant vector selector, a range vector selector or a subquery", keyword);
    }

    private Expr parseAt(Expr expr) {
        Token at = advance();
        AtModifier modifier = parseAtValue();
        Span span = expr.span().to(previous().span());
        String duplicate = "@ may not be set more than once";
        if (expr instanceof VectorSelector) {
            VectorSelector selector = (VectorSelector) expr;
            requireAbsent(selector.at(), duplicate, at);
            return track(selector.withAt(Optional.of(modifier), span));
        }
        if (expr instanceof MatrixSelector) {
            MatrixSelector matrix = (MatrixSelector) expr;
            requireAbsent(matrix.selector().at(), duplicate, at);
            return track(new MatrixSelector(matrix.selector().withAt(Optional.of(modifier), matrix.selector().span()),
                    matrix.range(), span));
        }
        if (expr instanceof SubqueryExpr) {
            SubqueryExpr subquery = (SubqueryExpr) expr;
            requireAbsent(subquery.at(), duplicate, at);
            return track(subquery.withAt(Optional.of(modifier), span));
        }
        throw error("@ must follow an instant vector selector, a range vector selector or a subquery", at);
    }

    private AtModifier parseAtValue() {
        Token token = peek();
        if (token.isKeyword("start") || token.isKeyword("end")) {
            advance();
            expect(TokenKind.LEFT_PAREN, "after " + token.lowerText());
            expect(TokenKind.RIGHT_PAREN, "after " + token.lowerText() + "(");
            return token.isKeyword("start") ? AtModifier.start() : AtModifier.end();
        }
        boolean negative = false;
        if (token.is(TokenKind.MINUS) || token.is(TokenKind.PLUS)) {
            negative = token.is(TokenKind.MINUS);
            advance();
        }
        Token number = peek();
        if (!number.is(TokenKind.NUMBER)) {
            throw error("expected a Unix timestamp, start() or end() after @, got " + number.describe(), number);
        }
        advance();
        java.math.BigDecimal value = NumberLiteral.parseFinite(number.text())
                .orElseThrow(() -> error("invalid number " + number.describe(), number));
        return AtModifier.at(negative ? value.negate() : value);
    }

    private void requireAbsent(Optional<?> existing, String message, Token at) {
        if (existing.isPresent()) {
            throw error(message, at);
        }
    }

    // ---- primaries ---------------------------------------------------------------------

    private Expr parsePrimary() {
        Token token = peek();
        switch (token.kind()) {
            case NUMBER:
                advance();
                String text = NumberLiteral.parseFinite(token.text())
                        .map(NumberLiteral::format)
                        .orElseThrow(() -> error("invalid number " + token.describe(), token));
                return track(new NumberLiteral(text, token.span()));
            case STRING:
                advance();
                return track(new StringLiteral(token.text(), token.span()));
            case LEFT_PAREN:
                advance();
                Expr inner = parseExpr();
                Token close = expect(TokenKind.RIGHT_PAREN, "to close the parenthesis opened at offset " + token.span().start());
                return track(new ParenExpr(inner, token.span().to(close.span())));
            case LEFT_BRACE:
                return parseSelector(Optional.empty(), token.span());
            case IDENTIFIER:
                return parseIdentifierExpr(token);
            case DURATION:
                throw error("unexpected duration " + token.describe() + "; durations only go in [...], after offset", token);
            default:
                throw error("unexpected " + token.describe() + ", expected an expression", token);
        }
    }

    private Expr parseIdentifierExpr(Token token) {
        String lower = token.lowerText();
        if (lower.equals("inf") || lower.equals("nan")) {
            advance();
            return track(new NumberLiteral(lower.equals("inf") ? "Inf" : "NaN", token.span()));
        }
        Token next = peekAhead(1);
        Optional<AggregationOp> aggregation = AggregationOp.fromKeyword(token.text());
        if (aggregation.isPresent()
                && (next.is(TokenKind.LEFT_PAREN) || next.isKeyword("by") || next.isKeyword("without"))) {
            return parseAggregation(aggregation.get());
        }
        if (next.is(TokenKind.LEFT_PAREN)) {
            return parseFunctionCall();
        }
        if (NOT_METRIC_NAMES.contains(lower)) {
            throw error("unexpected keyword " + token.describe() + ", expected an expression", token);
        }
        advance();
        return parseSelector(Optional.of(token.text()), token.span());
    }

    private Expr parseSelector(Optional<String> metricName, Span start) {
        List<LabelMatcher> matchers = List.of();
        Span span = start;
        if (peek().is(TokenKind.LEFT_BRACE)) {
            Token open = advance();
            matchers = parseMatchers();
            span = metricName.isPresent() ? start.to(previous().span()) : open.span().to(previous().span());
        }
        if (metricName.isPresent()) {
            for (LabelMatcher matcher : matchers) {
                if (matcher.name().equals(LabelMatcher.METRIC_NAME_LABEL)) {
                    throw new PromQLSyntaxException("metric name must not be set twice: \"" + metricName.get()
                            + "\" and a __name__ matcher", matcher.span());
                }
            }
        } else if (matchers.stream().allMatch(LabelMatcher::matchesEmpty)) {
            throw new PromQLSyntaxException(
                    "vector selector must contain at least one matcher that does not match the empty string", span);
        }
        return track(new VectorSelector(metricName, matchers, Optional.empty(), Optional.empty(), span));
    }

    private List<LabelMatcher> parseMatchers() {
        List<LabelMatcher> matchers = new ArrayList<>();
        while (!peek().is(TokenKind.RIGHT_BRACE)) {
            Token name = expectLabelName("in label matcher");
            Token op = advance();
            LabelMatcher.MatchOp matchOp;
            switch (op.kind()) {
                case ASSIGN: matchOp = LabelMatcher.MatchOp.EQUAL; break;
                case NOT_EQUAL: matchOp = LabelMatcher.MatchOp.NOT_EQUAL; break;
                case REGEX_MATCH: matchOp = LabelMatcher.MatchOp.REGEX_MATCH; break;
                case REGEX_NO_MATCH: matchOp = LabelMatcher.MatchOp.REGEX_NO_MATCH; break;
                default:
                    throw error("expected one of '=', '!=', '=~', '!~' after label " + name.describe() + ", got "
                            + op.describe(), op);
            }
            Token value = expect(TokenKind.STRING, "as the value of label " + name.describe());
            matchers.add(new LabelMatcher(name.text(), matchOp, value.text(), name.span().to(value.span())));
            if (!peek().is(TokenKind.COMMA)) {
                break;
            }
            advance();
        }
        expect(TokenKind.RIGHT_BRACE, "to close the label matchers");
        return matchers;
    }

    private Expr parseAggregation(AggregationOp op) {
        Token keyword = advance();
        Grouping grouping = Grouping.NONE;
        if (peek().isKeyword("by") || peek().isKeyword("without")) {
            grouping = parseGrouping();
        }
        Token open = expect(TokenKind.LEFT_PAREN, "after " + keyword.lowerText() + (grouping.kind() == Grouping.Kind.NONE ? "" : " " + grouping.kind().name().toLowerCase(Locale.ROOT) + "(...)"));
        List<Expr> args = parseArguments("aggregation arguments");
        Span bodyEnd = previous().span();
        if (grouping.kind() == Grouping.Kind.NONE && (peek().isKeyword("by") || peek().isKeyword("without"))) {
            grouping = parseGrouping();
        }
        int expected = op.hasParameter() ? 2 : 1;
        if (args.size() != expected) {
            throw new PromQLSyntaxException("wrong number of arguments for aggregation " + op.keyword() + ": expected "
                    + expected + ", got " + args.size(), open.span().to(bodyEnd));
        }
        Optional<Expr> parameter = op.hasParameter() ? Optional.of(args.get(0)) : Optional.empty();
        Expr body = args.get(args.size() - 1);
        return track(new AggregateExpr(op, parameter, body, grouping, keyword.span().to(previous().span())));
    }

    private Grouping parseGrouping() {
        Token keyword = advance();
        Grouping.Kind kind = keyword.isKeyword("by") ? Grouping.Kind.BY : Grouping.Kind.WITHOUT;
        List<String> labels = parseLabelList("after " + keyword.lowerText());
        return new Grouping(kind, labels, keyword.span().to(previous().span()));
    }

    private Expr parseFunctionCall() {
        Token name = advance();
        PromFunction function = Functions.lookup(name.text())
                .orElseThrow(() -> error("unknown function " + name.describe(), name));
        advance(); // the '(' seen by the caller
        List<Expr> args = parseArguments("function arguments");
        return track(new FunctionCall(function, args, name.span().to(previous().span())));
    }

    /** Comma-separated expressions up to ')', which it consumes; a trailing comma is allowed. */
    private List<Expr> parseArguments(String what) {
        List<Expr> args = new ArrayList<>();
        while (!peek().is(TokenKind.RIGHT_PAREN)) {
            args.add(parseExpr());
            if (!peek().is(TokenKind.COMMA)) {
                break;
            }
            advance();
        }
        expect(TokenKind.RIGHT_PAREN, "after " + what);
        return args;
    }

    /** {@code (a, b, c)}, possibly empty, trailing comma allowed. */
    private List<String> parseLabelList(String context) {
        expect(TokenKind.LEFT_PAREN, context);
        List<String> labels = new ArrayList<>();
        while (!peek().is(TokenKind.RIGHT_PAREN)) {
            Token label = expectLabelName("in label list");
            String lower = label.lowerText();
            if (lower.equals("inf") || lower.equals("nan")) {
                // Outside braces Prometheus reads these as numbers, so they cannot be grouping labels.
                throw error(label.describe() + " is a number in PromQL, not a label name", label);
            }
            labels.add(label.text());
            if (!peek().is(TokenKind.COMMA)) {
                break;
            }
            advance();
        }
        expect(TokenKind.RIGHT_PAREN, "to close the label list");
        return labels;
    }

    // ---- tokens ------------------------------------------------------------------------

    private Token expectLabelName(String context) {
        Token token = peek();
        if (!token.is(TokenKind.IDENTIFIER) || token.text().indexOf(':') >= 0) {
            throw error("expected a label name " + context + ", got " + token.describe(), token);
        }
        return advance();
    }

    private Duration expectDuration(String context) {
        Token token = peek();
        if (!token.is(TokenKind.DURATION)) {
            throw error("expected a duration such as 5m " + context + ", got " + token.describe(), token);
        }
        advance();
        Duration duration = Duration.parse(token.text())
                .orElseThrow(() -> error("invalid duration " + token.describe()
                        + ": use units y, w, d, h, m, s, ms from largest to smallest, each at most once", token));
        if (duration.millis() == 0) {
            throw error("duration must be greater than 0", token);
        }
        return duration;
    }

    private Token expect(TokenKind kind, String context) {
        Token token = peek();
        if (!token.is(kind)) {
            throw error("expected '" + kind.symbol() + "' " + context + ", got " + token.describe(), token);
        }
        return advance();
    }

    private Token peek() {
        return tokens.get(index);
    }

    private Token peekAhead(int distance) {
        return tokens.get(Math.min(index + distance, tokens.size() - 1));
    }

    private Token advance() {
        Token token = tokens.get(index);
        if (index < tokens.size() - 1) {
            index++;
        }
        return token;
    }

    private Token previous() {
        return tokens.get(Math.max(index - 1, 0));
    }

    private void enterNesting() {
        if (++nesting > MAX_DEPTH) {
            throw error("expression is nested more than " + MAX_DEPTH + " levels deep", peek());
        }
    }

    /** Records the depth of a new node and rejects trees deeper than {@link #MAX_DEPTH}. */
    private <T extends Expr> T track(T node) {
        int depth = 1;
        for (Expr child : node.children()) {
            depth = Math.max(depth, treeDepth.getOrDefault(child, 1) + 1);
        }
        if (depth > MAX_DEPTH) {
            throw new PromQLSyntaxException("expression is nested more than " + MAX_DEPTH + " levels deep", node.span());
        }
        treeDepth.put(node, depth);
        return node;
    }

    private PromQLSyntaxException error(String message, Token token) {
        Span span = token.span();
        return new PromQLSyntaxException(message, Span.of(Math.min(span.start(), source.length()), Math.min(span.end(), source.length())));
    }
}
