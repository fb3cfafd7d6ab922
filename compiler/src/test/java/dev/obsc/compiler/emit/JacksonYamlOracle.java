package dev.obsc.compiler.emit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * The YAML emission {@link YamlPrinter} replaced (Jackson's YAML generator over SnakeYAML, configured as
 * the emitter was), kept as the reference its output must match byte for byte.
 */
final class JacksonYamlOracle {
    private final ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .stringQuotingChecker(new Yaml11SafeQuoting())
            .build()).enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    String toYaml(JsonNode tree) {
        try {
            return yaml.writeValueAsString(trimTrailingSpaces(tree));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode trimTrailingSpaces(JsonNode node) {
        if (node.isTextual() && node.textValue().contains("\n")) {
            return TextNode.valueOf(node.textValue().replaceAll("[ \\t]+\n", "\n"));
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                copy.set(field.getKey(), trimTrailingSpaces(field.getValue()));
            }
            return copy;
        }
        if (node.isArray()) {
            var copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(trimTrailingSpaces(element)));
            return copy;
        }
        return node;
    }
}
