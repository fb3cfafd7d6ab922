package dev.obsc.compiler.imports;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the YAML documents of one spec file (several, separated by {@code ---}, as OpenSLO files
 * often have) into {@link SpecNode}s that remember their lines. Jackson's tree model drops
 * locations, so the tree is built from the streaming parser's token locations.
 */
final class SpecReader {
    private static final YAMLFactory YAML = new YAMLFactory();

    private SpecReader() {
    }

    /** A YAML syntax error, with the line Jackson found it on. */
    static final class SyntaxError extends Exception {
        final int line;

        SyntaxError(String message, int line) {
            super(message);
            this.line = line;
        }
    }

    static List<SpecNode> documents(String text) throws SyntaxError {
        List<SpecNode> documents = new ArrayList<>();
        try (JsonParser parser = YAML.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                documents.add(node(parser, token));
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            throw new SyntaxError(e.getOriginalMessage(), line);
        } catch (IOException e) {
            throw new SyntaxError(e.getMessage(), 1);
        }
        return documents;
    }

    private static SpecNode node(JsonParser parser, JsonToken token) throws IOException {
        int line = parser.currentTokenLocation().getLineNr();
        if (token == JsonToken.START_OBJECT) {
            Map<String, SpecNode> entries = new LinkedHashMap<>();
            JsonToken next;
            while ((next = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                entries.put(key, node(parser, parser.nextToken()));
            }
            if (next != JsonToken.END_OBJECT) {
                throw new IOException("unexpected " + next + " in a mapping");
            }
            return new SpecNode.Mapping(entries, line);
        }
        if (token == JsonToken.START_ARRAY) {
            List<SpecNode> items = new ArrayList<>();
            JsonToken next;
            while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (next == null) {
                    throw new IOException("unexpected end of a list");
                }
                items.add(node(parser, next));
            }
            return new SpecNode.Sequence(items, line);
        }
        if (token == JsonToken.VALUE_NULL) {
            return new SpecNode.Scalar(null, line);
        }
        return new SpecNode.Scalar(parser.getText(), line);
    }
}
