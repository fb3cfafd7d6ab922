package dev.obsc.compiler.promql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits PromQL text into tokens, all at once, so the parser can look ahead freely. Follows the
 * Prometheus lexer: {@code #} comments, three kinds of string quotes with Go escapes, and the
 * same number-or-duration rules.
 */
final class Lexer {

    private final String source;
    private final List<Token> tokens;
    private int pos;
    /** Inside {@code [...]} a colon separates subquery range and step; it never starts a name. */
    private boolean insideBrackets;

    private Lexer(String source) {
        this.source = source;
        // About one token per four characters in real queries; sized once instead of regrown.
        this.tokens = new ArrayList<>(source.length() / 4 + 8);
    }

    static List<Token> tokenize(String source) {
        Lexer lexer = new Lexer(source);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        while (true) {
            skipWhitespaceAndComments();
            if (pos >= source.length()) {
                tokens.add(new Token(TokenKind.EOF, "", Span.of(pos, pos)));
                return;
            }
            int start = pos;
            char c = source.charAt(pos);
            if (isDigit(c) || (c == '.' && pos + 1 < source.length() && isDigit(source.charAt(pos + 1)))) {
                lexNumberOrDuration(start);
            } else if (isIdentifierStart(c) && !(insideBrackets && c == ':')) {
                while (pos < source.length() && isIdentifierPart(source.charAt(pos))) {
                    pos++;
                }
                add(TokenKind.IDENTIFIER, start);
            } else if (c == '"' || c == '\'' || c == '`') {
                lexString(start, c);
            } else {
                lexPunctuation(start, c);
            }
        }
    }

    private void skipWhitespaceAndComments() {
        while (pos < source.length()) {
            char c = source.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pos++;
            } else if (c == '#') {
                while (pos < source.length() && source.charAt(pos) != '\n') {
                    pos++;
                }
            } else {
                return;
            }
        }
    }

    private void lexNumberOrDuration(int start) {
        if (scanNumber()) {
            add(TokenKind.NUMBER, start);
            return;
        }
        pos = start;
        if (scanDuration()) {
            add(TokenKind.DURATION, start);
            return;
        }
        while (pos < source.length() && isAlphaNumeric(source.charAt(pos))) {
            pos++;
        }
        throw error("bad number or duration syntax: '" + source.substring(start, Math.max(pos, start + 1)) + "'", start, pos);
    }

    /** Prometheus' scanNumber: the number must not run into letters (that makes it a duration). */
    private boolean scanNumber() {
        String digits = "0123456789";
        if (accept("0") && accept("xX")) {
            digits = "0123456789abcdefABCDEF";
        }
        acceptRun(digits);
        if (accept(".")) {
            acceptRun(digits);
        }
        if (accept("eE")) {
            accept("+-");
            acceptRun("0123456789");
        }
        return pos >= source.length() || !isAlphaNumeric(source.charAt(pos));
    }

    private boolean scanDuration() {
        boolean any = false;
        while (pos < source.length() && isDigit(source.charAt(pos))) {
            acceptRun("0123456789");
            if (!accept("smhdwy")) {
                return false;
            }
            if (source.charAt(pos - 1) == 'm') {
                accept("s");
            }
            any = true;
        }
        return any && (pos >= source.length() || !isAlphaNumeric(source.charAt(pos)));
    }

    private void lexString(int start, char quote) {
        pos++;
        StringBuilder value = new StringBuilder();
        while (true) {
            if (pos >= source.length()) {
                throw error("unterminated quoted string", start, pos);
            }
            char c = source.charAt(pos);
            if (c == quote) {
                pos++;
                break;
            }
            if (quote != '`' && c == '\n') {
                throw error("unterminated quoted string", start, pos);
            }
            if (quote != '`' && c == '\\') {
                lexEscape(quote, value);
            } else {
                value.append(c);
                pos++;
            }
        }
        tokens.add(new Token(TokenKind.STRING, value.toString(), Span.of(start, pos)));
    }

    /** Go escape sequences, as Prometheus accepts them; the string's own quote may be escaped. */
    private void lexEscape(char quote, StringBuilder value) {
        int escapeStart = pos;
        pos++;
        if (pos >= source.length()) {
            throw error("escape sequence not terminated", escapeStart, pos);
        }
        char c = source.charAt(pos++);
        switch (c) {
            case 'a': value.append('\u0007'); return;
            case 'b': value.append('\b'); return;
            case 'f': value.append('\f'); return;
            case 'n': value.append('\n'); return;
            case 'r': value.append('\r'); return;
            case 't': value.append('\t'); return;
            case 'v': value.append('\u000b'); return;
            case '\\': value.append('\\'); return;
            case 'x': value.appendCodePoint(readCodeUnits(escapeStart, 2, 16, 0xFF)); return;
            case 'u': value.appendCodePoint(readCodeUnits(escapeStart, 4, 16, 0x10FFFF)); return;
            case 'U': value.appendCodePoint(readCodeUnits(escapeStart, 8, 16, 0x10FFFF)); return;
            default:
                if (c == quote) {
                    value.append(c);
                    return;
                }
                if (c >= '0' && c <= '7') {
                    pos--;
                    value.appendCodePoint(readCodeUnits(escapeStart, 3, 8, 0xFF));
                    return;
                }
                throw error("unknown escape sequence '\\" + c + "'", escapeStart, pos);
        }
    }

    private int readCodeUnits(int escapeStart, int count, int radix, int max) {
        int result = 0;
        for (int i = 0; i < count; i++) {
            int digit = pos < source.length() ? Character.digit(source.charAt(pos), radix) : -1;
            if (digit < 0) {
                throw error("invalid escape sequence", escapeStart, Math.min(pos + 1, source.length()));
            }
            result = result * radix + digit;
            pos++;
        }
        if (result > max || (result >= 0xD800 && result <= 0xDFFF && radix == 16 && count > 2)) {
            throw error("escape sequence is an invalid Unicode code point", escapeStart, pos);
        }
        return result;
    }

    private void lexPunctuation(int start, char c) {
        pos++;
        char next = pos < source.length() ? source.charAt(pos) : '\0';
        TokenKind kind;
        switch (c) {
            case '(': kind = TokenKind.LEFT_PAREN; break;
            case ')': kind = TokenKind.RIGHT_PAREN; break;
            case '{': kind = TokenKind.LEFT_BRACE; break;
            case '}': kind = TokenKind.RIGHT_BRACE; break;
            case '[': kind = TokenKind.LEFT_BRACKET; break;
            case ']': kind = TokenKind.RIGHT_BRACKET; break;
            case ',': kind = TokenKind.COMMA; break;
            case ':': kind = TokenKind.COLON; break;
            case '@': kind = TokenKind.AT; break;
            case '+': kind = TokenKind.PLUS; break;
            case '-': kind = TokenKind.MINUS; break;
            case '*': kind = TokenKind.STAR; break;
            case '/': kind = TokenKind.SLASH; break;
            case '%': kind = TokenKind.PERCENT; break;
            case '^': kind = TokenKind.CARET; break;
            case '=':
                kind = next == '=' ? TokenKind.EQUAL : next == '~' ? TokenKind.REGEX_MATCH : TokenKind.ASSIGN;
                break;
            case '!':
                if (next == '=') {
                    kind = TokenKind.NOT_EQUAL;
                } else if (next == '~') {
                    kind = TokenKind.REGEX_NO_MATCH;
                } else {
                    throw error("unexpected character after '!': expected '=' or '~'", start, pos);
                }
                break;
            case '<': kind = next == '=' ? TokenKind.LESS_EQUAL : TokenKind.LESS; break;
            case '>': kind = next == '=' ? TokenKind.GREATER_EQUAL : TokenKind.GREATER; break;
            default:
                throw error("unexpected character " + describeChar(start), start, start + Character.charCount(source.codePointAt(start)));
        }
        if (kind == TokenKind.LEFT_BRACKET || kind == TokenKind.RIGHT_BRACKET) {
            insideBrackets = kind == TokenKind.LEFT_BRACKET;
        }
        pos = start + kind.symbol().length();
        add(kind, start);
    }

    private String describeChar(int at) {
        int cp = source.codePointAt(at);
        return Character.isISOControl(cp) || Character.isWhitespace(cp)
                ? String.format("U+%04X", cp)
                : "'" + new String(Character.toChars(cp)) + "'";
    }

    private void add(TokenKind kind, int start) {
        tokens.add(new Token(kind, source.substring(start, pos), Span.of(start, pos)));
    }

    private boolean accept(String valid) {
        if (pos < source.length() && valid.indexOf(source.charAt(pos)) >= 0) {
            pos++;
            return true;
        }
        return false;
    }

    private void acceptRun(String valid) {
        while (accept(valid)) {
            // consume
        }
    }

    private PromQLSyntaxException error(String message, int start, int end) {
        return new PromQLSyntaxException(message, Span.of(start, Math.min(Math.max(end, start), source.length())));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentifierStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
    }

    private static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || isDigit(c);
    }

    private static boolean isAlphaNumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || isDigit(c);
    }
}
