package dev.obsc.compiler.emit;

/**
 * A double-quoted YAML scalar with SnakeYAML's escapes: the named escapes ({@code \n}, {@code \t},
 * {@code \"}, {@code \\}, {@code \N}, {@code \_}, ...) where YAML has one, printable Unicode as it is, any
 * other character as a hex escape (backslash, x and two digits, or backslash, u and four). Never split over lines.
 */
final class DoubleQuoted {
    private DoubleQuoted() {
    }

    static void append(StringBuilder out, String text) {
        out.append('"');
        int length = text.length();
        int copied = 0;
        for (int index = 0; index < length; index++) {
            char c = text.charAt(index);
            if (c >= ' ' && c <= '~' && c != '"' && c != '\\') {
                continue;
            }
            if (Character.isHighSurrogate(c) && index + 1 < length && Character.isLowSurrogate(text.charAt(index + 1))) {
                index++; // a character beyond the BMP: printable as it is
                continue;
            }
            String escape = escape(c);
            if (escape == null) {
                continue;
            }
            out.append(text, copied, index).append(escape);
            copied = index + 1;
        }
        out.append(text, copied, length).append('"');
    }

    /** The escape for {@code c}, or null where it stands as it is. */
    private static String escape(char c) {
        switch (c) {
            case '\0': return "\\0";
            case '\u0007': return "\\a";
            case '\b': return "\\b";
            case '\t': return "\\t";
            case '\n': return "\\n";
            case '\u000B': return "\\v";
            case '\f': return "\\f";
            case '\r': return "\\r";
            case '\u001B': return "\\e";
            case '"': return "\\\"";
            case '\\': return "\\\\";
            case '\u0085': return "\\N";
            case '\u00A0': return "\\_";
            case '\u2028': return "\\L";
            case '\u2029': return "\\P";
            default:
                break;
        }
        if (c >= '\u00A0' && c <= '\uD7FF' || c >= '\uE000' && c <= '\uFFFD') {
            return null;
        }
        return c <= '\u00FF' ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c);
    }
}
