package dev.obsc.compiler.verify;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;

/**
 * Whether a text, as a parser reads it, is a given tree. It is compared token by token while the
 * text is parsed, so the text's own tree is never built: on large outputs building it and walking
 * both trees cost as much as a fifth of the verification. Strings, booleans and nulls compare as
 * the nodes {@code readTree} makes of them; numbers (and anything else) are read as {@code readTree}
 * reads them and compared by value, since a reader may pick another numeric type. The text must hold
 * exactly one value: an empty text or a second document is a difference.
 */
final class ReadBack {

    private ReadBack() {
    }

    /**
     * Reads all of {@code parser}'s text, also past a difference, so a malformed text throws whatever it
     * differs in. Duplicate keys are the parser's to refuse.
     */
    static boolean readsAs(JsonParser parser, JsonNode expected) throws IOException {
        JsonToken first = parser.nextToken();
        if (first != null && same(parser, first, expected) && parser.nextToken() == null) {
            return true;
        }
        while (parser.nextToken() != null) {
            // the rest is read only for its syntax errors
        }
        return false;
    }

    private static boolean same(JsonParser parser, JsonToken token, JsonNode expected) throws IOException {
        if (token == JsonToken.START_OBJECT) {
            return expected.isObject() && sameObject(parser, expected);
        }
        if (token == JsonToken.START_ARRAY) {
            return expected.isArray() && sameArray(parser, expected);
        }
        if (token == JsonToken.VALUE_STRING) {
            return expected.isTextual() && expected.textValue().equals(parser.getText());
        }
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return expected.isBoolean() && expected.booleanValue() == (token == JsonToken.VALUE_TRUE);
        }
        if (token == JsonToken.VALUE_NULL) {
            return expected.isNull();
        }
        JsonNode read = parser.readValueAsTree();
        return read.isNumber() && expected.isNumber()
                ? read.decimalValue().compareTo(expected.decimalValue()) == 0
                : read.equals(expected);
    }

    /** The fields read are the expected ones: each known and equal, and as many (the parser refuses a key twice). */
    private static boolean sameObject(JsonParser parser, JsonNode expected) throws IOException {
        int fields = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            JsonNode value = token == JsonToken.FIELD_NAME ? expected.get(parser.currentName()) : null;
            if (value == null || !same(parser, parser.nextToken(), value)) {
                return false;
            }
            fields++;
        }
        return fields == expected.size();
    }

    private static boolean sameArray(JsonParser parser, JsonNode expected) throws IOException {
        int elements = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token == null || elements >= expected.size() || !same(parser, token, expected.get(elements))) {
                return false;
            }
            elements++;
        }
        return elements == expected.size();
    }
}
