package dev.obsc.compiler.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.obsc.compiler.diagnostics.Diagnostic;
import dev.obsc.compiler.diagnostics.Diagnostics;
import dev.obsc.compiler.emit.OutputFile;
import dev.obsc.compiler.lowering.Document;
import dev.obsc.compiler.lowering.Format;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every emitted text must read back as its tree (VERIFY002), and be well-formed (VERIFY003): a value
 * read as another type, a key missing, added or twice, an element more or less, a second document.
 */
class ReadBackTest {
    private static final String TREE = "{'groups':[{'name':'g','interval':'30s','limit':10,'ratio':0.25,"
            + "'rules':[{'record':'a:b','expr':'up','labels':{'team':'t','on':'yes','none':null,'flag':true}}]}]}";
    private static final String YAML = """
            groups:
              - name: g
                interval: 30s
                limit: 10
                ratio: 0.25
                rules:
                  - record: a:b
                    expr: up
                    labels:
                      team: t
                      "on": "yes"
                      none: null
                      flag: true
            """;

    private static JsonNode tree(String json) throws Exception {
        return new ObjectMapper().readTree(json.replace('\'', '"'));
    }

    private static List<String> codes(Format format, JsonNode tree, String text) {
        Document document = new Document("x", format, tree, null, Optional.empty());
        Diagnostics out = new Diagnostics();
        new OutputVerifier().verify(List.of(document), List.of(new OutputFile("x", text)), out);
        return out.sorted().stream().map(Diagnostic::code).toList();
    }

    private static List<String> yamlCodes(String text) throws Exception {
        return codes(Format.YAML, tree(TREE), text);
    }

    @Test
    void aTextThatMeansTheTreePasses() throws Exception {
        assertEquals(List.of(), yamlCodes(YAML));
        assertEquals(List.of(), codes(Format.JSON, tree(TREE), TREE.replace('\'', '"')));
        // Keys in another order mean the same mapping.
        assertEquals(List.of(), yamlCodes(YAML.replace("    interval: 30s\n    limit: 10\n",
                "    limit: 10\n    interval: 30s\n")));
    }

    @Test
    void numbersAreComparedByValue() throws Exception {
        ObjectNode exact = JsonNodeFactory.instance.objectNode();
        exact.put("a", new BigDecimal("1.50"));
        exact.put("b", 2);
        assertEquals(List.of(), codes(Format.YAML, exact, "a: 1.5\nb: 2.0\n"));
        assertEquals(List.of("VERIFY002"), codes(Format.YAML, exact, "a: 1.51\nb: 2\n"));
    }

    @Test
    void aValueReadAsAnotherTypeOrValueIsReported() throws Exception {
        assertEquals(List.of("VERIFY002"), yamlCodes(YAML.replace("limit: 10", "limit: \"10\"")));
        assertEquals(List.of("VERIFY002"), yamlCodes(YAML.replace("interval: 30s", "interval: 31s")));
        assertEquals(List.of("VERIFY002"), yamlCodes(YAML.replace("flag: true", "flag: \"true\"")));
        assertEquals(List.of("VERIFY002"), yamlCodes(YAML.replace("none: null", "none: \"null\"")));
        assertEquals(List.of("VERIFY002"), yamlCodes(YAML.replace("team: t", "team: [t]")));
        assertEquals(List.of("VERIFY002"), yamlCodes(YAML.replace("team: t", "team: {t: t}")));
    }

    @Test
    void aKeyOrElementMissingOrAddedIsReported() throws Exception {
        assertEquals(List.of("VERIFY002"), yamlCodes(YAML.replace("          team: t\n", "")));
        assertEquals(List.of("VERIFY002"), yamlCodes(YAML.replace("team: t\n", "team: t\n          owner: o\n")));
        assertEquals(List.of("VERIFY002"), yamlCodes(YAML.replace("    rules:\n", "    rules:\n      - record: c:d\n        expr: up\n")));
        assertEquals(List.of("VERIFY002"), yamlCodes(YAML.replace("    rules:\n      - record: a:b\n        expr: up\n        labels:\n"
                + "          team: t\n          \"on\": \"yes\"\n          none: null\n          flag: true\n", "    rules: []\n")));
    }

    @Test
    void aKeyTwiceASecondDocumentOrAnEmptyTextIsReported() throws Exception {
        assertEquals(List.of("VERIFY003"), yamlCodes(YAML.replace("team: t\n", "team: t\n          team: t\n")));
        assertEquals(List.of("VERIFY003"), codes(Format.JSON, tree("{'a':1}"), "{\"a\":1,\"a\":1}"));
        assertEquals(List.of("VERIFY002"), yamlCodes(YAML + "---\n" + YAML));
        assertEquals(List.of("VERIFY002"), yamlCodes(""));
    }

    @Test
    void aMalformedTextIsReported() throws Exception {
        assertEquals(List.of("VERIFY003"), yamlCodes(YAML.replace("expr: up", "expr: [up")));
        assertEquals(List.of("VERIFY003"), codes(Format.JSON, tree(TREE), TREE.replace('\'', '"').replace("]}]}", "]}")));
    }
}
