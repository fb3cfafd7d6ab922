package dev.obsc.compiler.promql;

/** Lexical token kinds. Keywords are {@link #IDENTIFIER}s; the parser decides by context. */
enum TokenKind {
    IDENTIFIER, NUMBER, DURATION, STRING,
    LEFT_PAREN("("), RIGHT_PAREN(")"), LEFT_BRACE("{"), RIGHT_BRACE("}"), LEFT_BRACKET("["), RIGHT_BRACKET("]"),
    COMMA(","), COLON(":"), AT("@"),
    ASSIGN("="), REGEX_MATCH("=~"), NOT_EQUAL("!="), REGEX_NO_MATCH("!~"),
    EQUAL("=="), LESS_EQUAL("<="), LESS("<"), GREATER_EQUAL(">="), GREATER(">"),
    PLUS("+"), MINUS("-"), STAR("*"), SLASH("/"), PERCENT("%"), CARET("^"),
    EOF;

    private final String symbol;

    TokenKind() {
        this.symbol = null;
    }

    TokenKind(String symbol) {
        this.symbol = symbol;
    }

    /** The fixed spelling of a punctuation token, or null for tokens with variable text. */
    String symbol() {
        return symbol;
    }
}
