package dev.obsc.compiler.emit;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Prints a lowered tree as block-style YAML into a StringBuilder. It writes the same text the former
 * pipeline (Jackson's YAML generator with MINIMIZE_QUOTES, LITERAL_BLOCK_STYLE,
 * INDENT_ARRAYS_WITH_INDICATOR, no line splitting, {@link Yaml11SafeQuoting}, then SnakeYAML's emitter)
 * wrote, at a fraction of the cost: that pipeline turned every node into events and analysed every
 * scalar code point by code point, which made YAML emission the bulk of the emit stage.
 *
 * <p>Layout: two-space indentation; a sequence's {@code - } sits two columns deeper than its parent key;
 * the first entry of a mapping (or item of a sequence) inside a sequence item shares the item's line;
 * empty collections print as {@code {}} and {@code []}; keys of 128 characters or more, or with a line
 * break, take the explicit {@code ? key} form.
 *
 * <p>Scalars: a string is plain unless {@link Yaml11SafeQuoting} asks for quotes (then double-quoted) or
 * YAML's grammar forbids it (then single-quoted, or double-quoted when single quotes can't hold it); a
 * string with a line break is a literal block ({@code |}, {@code |-}, {@code |+}, with an indentation
 * indicator when it starts with a space or a break), trailing spaces and tabs on its lines trimmed first so
 * the block style stays possible. Where SnakeYAML would print a style this printer is not sure of (plain or
 * single-quoted text with line breaks, and the Unicode line breaks NEL, LS and PS anywhere), it prints
 * double quotes with full escaping instead, which every reader reads back to the same string; text
 * starting with a byte order mark is quoted, as a reader drops one at the start of a file. The verify
 * stage re-reads every file, so a printing mistake fails the build (VERIFY002) rather than ship.
 */
final class YamlPrinter {
    /** SnakeYAML writes a key of this many characters or more as an explicit {@code ? key} entry. */
    private static final int MAX_SIMPLE_KEY_LENGTH = 128;
    private static final int INDENT = 2;
    /** A line break and N spaces, for N up to 40: appending one string is cheaper than a char at a time. */
    private static final String[] LINE_STARTS = IntStream.rangeClosed(0, 40).mapToObj(n -> "\n" + " ".repeat(n))
            .toArray(String[]::new);
    private static final String[] SPACES = Stream.of(LINE_STARTS).map(start -> start.substring(1)).toArray(String[]::new);

    /** A builder beyond this size is not kept for the next document, so one huge file doesn't pin its memory. */
    private static final int MAX_KEPT_CAPACITY = 1 << 20;

    private final Yaml11SafeQuoting quoting = new Yaml11SafeQuoting();
    /** Each thread's builder, reused: growing a fresh one per document cost more than printing into it. */
    private final ThreadLocal<StringBuilder> builders = ThreadLocal.withInitial(() -> new StringBuilder(1 << 14));

    /** The document's text, ending with a line break. */
    String print(JsonNode root) {
        return print("", root);
    }

    /** {@code prefix} (a comment header ending with a line break, say) followed by the document's text. */
    String print(String prefix, JsonNode root) {
        StringBuilder out = builders.get();
        out.setLength(0);
        out.append(prefix);
        writeDocument(out, root);
        String text = out.toString();
        if (out.capacity() > MAX_KEPT_CAPACITY) {
            builders.remove();
        }
        return text;
    }

    private void writeDocument(StringBuilder out, JsonNode root) {
        if (isBlockCollection(root) && root.isObject()) {
            writeMapping(out, root, 0, true);
        } else if (isBlockCollection(root)) {
            writeSequence(out, root, 0, true);
        } else {
            if (root.isTextual() && root.textValue().isEmpty()) {
                out.append("---"); // an empty document otherwise
            }
            // A scalar document: SnakeYAML indents a literal block at the root by one step.
            writeScalarNode(out, root, INDENT);
        }
        if (!atLineStart(out)) {
            out.append('\n');
        }
    }

    private static boolean isBlockCollection(JsonNode node) {
        return node.isContainerNode() && !node.isEmpty();
    }

    /** Entries with their keys at column {@code indent}; {@code firstInline}: the output already stands there. */
    private void writeMapping(StringBuilder out, JsonNode mapping, int indent, boolean firstInline) {
        boolean first = true;
        for (Iterator<Map.Entry<String, JsonNode>> it = mapping.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!first || !firstInline) {
                startLine(out, indent);
            }
            first = false;
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            ScalarTraits traits = ScalarTraits.of(key);
            ScalarStyle style = keyStyle(key, traits);
            if (!traits.empty() && !traits.multiline() && key.length() < MAX_SIMPLE_KEY_LENGTH) {
                writeString(out, key, style, 0);
                out.append(':');
                writeMappingValue(out, value, indent);
            } else {
                out.append("? ");
                writeString(out, key, style, 0);
                startLine(out, indent);
                out.append(':');
                writeAfterIndicator(out, value, indent);
            }
        }
    }

    /** Items with their {@code -} at column {@code indent + 2}; {@code firstInline}: the output stands at {@code indent}. */
    private void writeSequence(StringBuilder out, JsonNode sequence, int indent, boolean firstInline) {
        int itemIndent = indent + INDENT;
        boolean first = true;
        for (JsonNode item : sequence) {
            if (!first || !firstInline) {
                startLine(out, itemIndent);
            } else {
                appendSpaces(out, INDENT);
            }
            first = false;
            out.append('-');
            writeAfterIndicator(out, item, itemIndent);
        }
    }

    /** A value after {@code key:} of a mapping whose keys are at {@code indent}. */
    private void writeMappingValue(StringBuilder out, JsonNode value, int indent) {
        if (!isBlockCollection(value)) {
            writeScalarNode(out, value, indent + INDENT);
        } else if (value.isObject()) {
            writeMapping(out, value, indent + INDENT, false);
        } else {
            // A sequence under a key is not indented further: its "- " lines up two columns deeper by itself.
            writeSequence(out, value, indent, false);
        }
    }

    /** A node after a one-character indicator ({@code -} of an item, {@code :} of an explicit key) at {@code indent}. */
    private void writeAfterIndicator(StringBuilder out, JsonNode node, int indent) {
        if (!isBlockCollection(node)) {
            writeScalarNode(out, node, indent + INDENT);
            return;
        }
        out.append(' ');
        if (node.isObject()) {
            writeMapping(out, node, indent + INDENT, true);
        } else {
            writeSequence(out, node, indent + INDENT, true);
        }
    }

    /** A scalar or empty collection, preceded by a space; a literal block's lines go at {@code blockIndent}. */
    private void writeScalarNode(StringBuilder out, JsonNode node, int blockIndent) {
        if (!atLineStart(out)) {
            out.append(' ');
        }
        if (node.isTextual()) {
            String text = node.textValue();
            if (text.indexOf('\n') >= 0) {
                text = trimTrailingSpaces(text);
            }
            writeString(out, text, valueStyle(text), blockIndent);
        } else if (node.isObject()) {
            out.append("{}");
        } else if (node.isArray()) {
            out.append("[]");
        } else if (node.isNull()) {
            out.append("null");
        } else if (node.isBoolean()) {
            out.append(node.booleanValue());
        } else if (node.isBigDecimal()) {
            out.append(node.decimalValue().toPlainString());
        } else if (node.isNumber()) {
            // Int, long, BigInteger, float and double print as Java prints them, as Jackson did.
            out.append(node.numberValue());
        } else {
            throw new IllegalArgumentException("no YAML form for a " + node.getNodeType() + " node");
        }
    }

    private static boolean atLineStart(StringBuilder out) {
        return out.length() == 0 || out.charAt(out.length() - 1) == '\n';
    }

    private static void startLine(StringBuilder out, int indent) {
        if (atLineStart(out)) {
            appendSpaces(out, indent);
        } else if (indent < LINE_STARTS.length) {
            out.append(LINE_STARTS[indent]);
        } else {
            out.append('\n');
            appendSpaces(out, indent);
        }
    }

    private static void appendSpaces(StringBuilder out, int count) {
        if (count < SPACES.length) {
            out.append(SPACES[count]);
        } else {
            out.append(" ".repeat(count));
        }
    }

    private ScalarStyle keyStyle(String key, ScalarTraits traits) {
        if (quoting.needToQuoteName(key) || traits.multiline()) {
            return ScalarStyle.DOUBLE_QUOTED;
        }
        return plainOrQuoted(traits);
    }

    private ScalarStyle valueStyle(String text) {
        if (text.isEmpty()) {
            return ScalarStyle.DOUBLE_QUOTED;
        }
        ScalarTraits traits = ScalarTraits.of(text);
        if (traits.unicodeBreaks()) {
            return ScalarStyle.DOUBLE_QUOTED;
        }
        if (text.indexOf('\n') >= 0) {
            return traits.allowLiteral() ? ScalarStyle.LITERAL : ScalarStyle.DOUBLE_QUOTED;
        }
        if (quoting.needToQuoteValue(text)) {
            return ScalarStyle.DOUBLE_QUOTED;
        }
        return plainOrQuoted(traits);
    }

    /** For text without line breaks that the quoting rules let be plain: plain where YAML's grammar allows. */
    private static ScalarStyle plainOrQuoted(ScalarTraits traits) {
        if (traits.allowPlain()) {
            return ScalarStyle.PLAIN;
        }
        return traits.allowSingleQuoted() ? ScalarStyle.SINGLE_QUOTED : ScalarStyle.DOUBLE_QUOTED;
    }

    private static void writeString(StringBuilder out, String text, ScalarStyle style, int blockIndent) {
        switch (style) {
            case PLAIN -> out.append(text);
            case SINGLE_QUOTED -> out.append('\'').append(text.replace("'", "''")).append('\'');
            case DOUBLE_QUOTED -> DoubleQuoted.append(out, text);
            case LITERAL -> writeLiteral(out, text, blockIndent);
        }
    }

    /** {@code |} with SnakeYAML's hints, then each line at {@code indent}; empty lines stay empty. */
    private static void writeLiteral(StringBuilder out, String text, int indent) {
        out.append('|');
        char first = text.charAt(0);
        if (first == ' ' || first == '\n') {
            out.append(INDENT);
        }
        int length = text.length();
        boolean endsWithBreak = text.charAt(length - 1) == '\n';
        if (!endsWithBreak) {
            out.append('-');
        } else if (length == 1 || text.charAt(length - 2) == '\n') {
            out.append('+');
        }
        out.append('\n');
        int end = endsWithBreak ? length - 1 : length;
        int lineStart = 0;
        while (lineStart <= end) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > end) {
                lineEnd = end;
            }
            if (lineEnd > lineStart) {
                appendSpaces(out, indent);
                out.append(text, lineStart, lineEnd);
            }
            out.append('\n');
            lineStart = lineEnd + 1;
        }
    }

    /**
     * A multi-line string keeps literal block style only without trailing spaces on its lines: drops
     * spaces and tabs right before each line break (what {@code replaceAll("[ \t]+\n", "\n")} did).
     */
    static String trimTrailingSpaces(String text) {
        StringBuilder trimmed = null;
        int copied = 0;
        for (int lineBreak = text.indexOf('\n'); lineBreak >= 0; lineBreak = text.indexOf('\n', lineBreak + 1)) {
            int contentEnd = lineBreak;
            while (contentEnd > copied && isSpaceOrTab(text.charAt(contentEnd - 1))) {
                contentEnd--;
            }
            if (contentEnd < lineBreak) {
                if (trimmed == null) {
                    trimmed = new StringBuilder(text.length());
                }
                trimmed.append(text, copied, contentEnd);
                copied = lineBreak;
            }
        }
        if (trimmed == null) {
            return text;
        }
        return trimmed.append(text, copied, text.length()).toString();
    }

    private static boolean isSpaceOrTab(char c) {
        return c == ' ' || c == '\t';
    }
}
