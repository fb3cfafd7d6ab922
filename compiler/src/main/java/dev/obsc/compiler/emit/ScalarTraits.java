package dev.obsc.compiler.emit;

/**
 * What YAML's grammar allows for one string in block context, found the way SnakeYAML's emitter finds it
 * (so {@link YamlPrinter} picks the styles SnakeYAML picked): plain text must not start or end with a
 * space or a break, start with an indicator or a document marker, contain {@code ": "} or {@code " #"},
 * or be a number with a leading zero (nor, unlike SnakeYAML, start with a byte order mark); no style but
 * double quotes can hold a control character, a tab or an unpaired surrogate; a literal block can't end
 * with a space.
 *
 * @param multiline      contains a line break (LF, NEL, LS or PS)
 * @param unicodeBreaks  contains NEL, LS or PS, which only double quotes keep as they are
 */
record ScalarTraits(boolean empty, boolean multiline, boolean unicodeBreaks, boolean allowPlain,
                    boolean allowSingleQuoted, boolean allowLiteral) {
    private static final ScalarTraits EMPTY = new ScalarTraits(true, false, false, false, true, false);
    /** SnakeYAML's indicators, and a byte order mark, which a reader drops at the start of a file. */
    private static final String FIRST_CHAR_INDICATORS = "#,[]{}&*!|>'\"%@`\uFEFF";

    static ScalarTraits of(String text) {
        int length = text.length();
        if (length == 0) {
            return EMPTY;
        }
        char first = text.charAt(0);
        boolean indicators = FIRST_CHAR_INDICATORS.indexOf(first) >= 0
                || (first == '?' || first == ':' || first == '-') && (length == 1 || isBlank(text.charAt(1)))
                || (first == '-' || first == '.') && (text.startsWith("---") || text.startsWith("..."))
                || first == '0' && hasLeadingZero(text);
        boolean lineBreaks = false;
        boolean unicodeBreaks = false;
        boolean special = false;
        boolean breakThenSpace = false;
        boolean spaceThenBreak = false;
        for (int index = 0; index < length; index++) {
            char c = text.charAt(index);
            if (c > ' ' && c <= '~' && c != ':' && c != '#') {
                continue; // most characters: nothing to note
            }
            char previous = index > 0 ? text.charAt(index - 1) : 'x';
            if (index > 0) {
                indicators |= c == ':' && (index + 1 >= length || isBlank(text.charAt(index + 1)))
                        || c == '#' && isBlank(previous);
            }
            boolean lineBreak = isLineBreak(c);
            lineBreaks |= lineBreak;
            unicodeBreaks |= lineBreak && c != '\n';
            if (Character.isHighSurrogate(c) && index + 1 < length && Character.isLowSurrogate(text.charAt(index + 1))) {
                index++; // a character beyond the BMP: printable
                continue;
            }
            special |= !isPrintableInPlainText(c);
            breakThenSpace |= c == ' ' && index > 0 && isLineBreak(previous);
            spaceThenBreak |= lineBreak && previous == ' ';
        }
        char last = text.charAt(length - 1);
        boolean trailingSpace = last == ' ';
        boolean leadingOrTrailingBlank = first == ' ' || isLineBreak(first) || trailingSpace || isLineBreak(last);
        boolean allowSingleQuoted = !breakThenSpace && !spaceThenBreak && !special;
        boolean allowPlain = allowSingleQuoted && !leadingOrTrailingBlank && !indicators;
        boolean allowLiteral = !trailingSpace && !spaceThenBreak && !special;
        return new ScalarTraits(false, lineBreaks, unicodeBreaks, allowPlain, allowSingleQuoted, allowLiteral);
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** What SnakeYAML counts as white space around an indicator. */
    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\0';
    }

    /** Printable as it is outside double quotes: LF, printable ASCII, and Unicode but surrogates and FFFE/FFFF. */
    private static boolean isPrintableInPlainText(char c) {
        return c == '\n' || c >= ' ' && c <= '~' || c == '\u0085' || c >= '\u00A0' && c <= '\uD7FF'
                || c >= '\uE000' && c <= '\uFFFD';
    }

    /** For text starting with {@code 0}: followed by digits and underscores, an octal number to YAML 1.1. */
    private static boolean hasLeadingZero(String text) {
        if (text.length() < 2) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
