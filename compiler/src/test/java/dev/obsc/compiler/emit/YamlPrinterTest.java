package dev.obsc.compiler.emit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The YAML printer writes what the former Jackson/SnakeYAML emission wrote, byte for byte (the oracle is
 * that emission, {@link JacksonYamlOracle}), and what it writes reads back, with SnakeYAML's YAML 1.1
 * rules, as the same strings.
 */
class YamlPrinterTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final YamlPrinter printer = new YamlPrinter();
    private final JacksonYamlOracle oracle = new JacksonYamlOracle();

    /** Strings whose style is a decision: YAML 1.1 types, indicators, quotes, Unicode, control characters, lines. */
    static Stream<String> trickyStrings() {
        return Stream.of(
                "yes", "no", "on", "off", "y", "n", "Yes", "NO", "On", "OFF", "true", "False", "null", "Null", "~",
                "1", "-1", "+1", "1.5", "1e3", "-.5e3", ".5", "0x1F", "0o17", "017", "09", "0_1", "0", "1_000",
                ".inf", "-.Inf", ".NaN", "NaN", "Infinity", "2024-01-01", "2024-1-1T10:00:00Z", "12:30", "-1:20:30",
                "1h30m", "5m", "v1.2.3", "12 apples",
                " lead", "trail ", " ", "  two  ", "",
                "a:b", "a: b", "a:", ":a", ": a", "::", "http://x.example/d/a?viewPanel=3#top", "a:\tb",
                "#a", "a#b", "a #b", "a\t#b", "- a", "-a", "-", "--", "---", "--- a", "...", "...a", "..", "a...",
                "{a}", "a{b}", "[a]", "a[0]", "a,b", ",a", "*a", "a*", "&a", "a&b", "!a", "!!str", "|", "|a", "a|b",
                ">", ">a", "a > 0.5", "%a", "a%", "@a", "`a", "?", "? a", "?a", "a?", "a ?", "<<", "<", "=", "a=b",
                "'a'", "\"a\"", "a'b", "a\"b", "it's", "'", "\"", "x\\y", "a\\nb", "\\",
                "caf\u00e9", "\u65e5\u672c", "\ud83d\ude00", "a\ud83d\ude00b", "a\u00a0b", "\u00a0", "\ufeffa",
                "\u0001", "\u0007", "\b", "\u000b", "\f", "\r", "a\rb", "\u001b", "\u007f", "\u0080", "\u009f",
                "\ufffe", "\uffff", "\ud800", "a\udc00", "\t", "a\tb", "tab\t", "\0",
                "a\nb", "a\nb\n", "a\nb\n\n", "\n", "\n\n", "\na", "\na\n", " a\nb", "a\n b", "a \nb", "a\t\nb",
                "a  \t \nb  \n", "a\n\nb", "a\nb ", "a\n\tb", "a\n#b", "a\n- b", "a: b\nc", "key:\n  value", "a\n\n",
                "a\r\nb", "{\n  \"x\" : 1,\n  \"y\" : [ \"z\" ]\n}\n", "a\n\u0001b",
                "rate(http_requests_total{job=\"api\", code=~\"5..\"}[5m]) > 0.5", "sum by (le) (x)",
                "{{ $labels.job }} is down", "{{ $value | humanizePercentage }}", "x".repeat(300), "a ".repeat(60));
    }

    /** Where the printer writes double quotes on purpose though SnakeYAML wrote another (lossy or odd) style. */
    private boolean printedDifferently(String text, boolean asKey) {
        boolean unicodeBreak = text.indexOf('\u0085') >= 0 || text.indexOf('\u2028') >= 0 || text.indexOf('\u2029') >= 0;
        boolean plainMultilineKey = asKey && text.indexOf('\n') >= 0 && !new Yaml11SafeQuoting().needToQuoteName(text);
        return unicodeBreak || plainMultilineKey || text.startsWith("\ufeff") || text.matches("(?s).*[\ud800-\udbff](?![\udc00-\udfff]).*");
    }

    @ParameterizedTest
    @MethodSource("trickyStrings")
    void writesTrickyValuesAsTheFormerEmitterDid(String text) {
        ObjectNode tree = NODES.objectNode();
        tree.put("value", text);
        tree.putArray("list").add(text).addObject().put("k", text);
        tree.putObject("nested").putArray("items").addArray().add(text);
        if (!printedDifferently(text, false)) {
            assertEquals(oracle.toYaml(tree), printer.print(tree), text);
        }
        assertReadsBack(tree);
    }

    @ParameterizedTest
    @MethodSource("trickyStrings")
    void writesTrickyKeysAsTheFormerEmitterDid(String text) {
        ObjectNode tree = NODES.objectNode();
        tree.put(text, "top");
        tree.putArray("list").addObject().put(text, "in item").putObject("then").put(text, 1);
        if (!printedDifferently(text, true)) {
            assertEquals(oracle.toYaml(tree), printer.print(tree), text);
        }
        assertReadsBack(tree);
    }

    @ParameterizedTest
    @MethodSource("trickyStrings")
    void writesTrickyStringsAtTheRootAsTheFormerEmitterDid(String text) {
        if (!printedDifferently(text, false)) {
            assertEquals(oracle.toYaml(NODES.textNode(text)), printer.print(NODES.textNode(text)), text);
        }
    }

    @Test
    void quotesWhatYaml11ReadersWouldTakeForAnotherTypeAndLeavesPromQlPlain() {
        assertEquals("a: \"yes\"\nb: \"2024-01-01\"\nc: \"12:30\"\nd: \"0.10\"\ne: \"\"\n"
                        + "f: rate(x{job=\"api\"}[5m]) > 0.5\ng: \"x: y\"\nh: '...'\ni: \"\\ttab\"\n",
                printer.print(object("a", "yes", "b", "2024-01-01", "c", "12:30", "d", "0.10", "e", "",
                        "f", "rate(x{job=\"api\"}[5m]) > 0.5", "g", "x: y", "h", "...", "i", "\ttab")));
    }

    @Test
    void writesMultiLineStringsAsLiteralBlocksWithTrailingSpacesTrimmed() {
        assertEquals("a: |\n  x\n  y\nb: |-\n  x\n\n  y\nc: |+\n  x\n\nd: |2-\n   x\n  y\nlist:\n  - |-\n    x\n    y\n",
                printer.print(object("a", "x  \ny\n", "b", "x\n\t\ny", "c", "x\n\n", "d", " x\ny",
                        "list", NODES.arrayNode().add("x\ny"))));
        assertEquals("a: \"x\\ny \"\n", printer.print(object("a", "x\ny ")), "a trailing space on the last line");
    }

    @Test
    void escapesInDoubleQuotesAsSnakeYamlDoes() {
        assertEquals("a: \"\\0\\a\\b\\t\\v\\f\\r\\e\\x01\\x7f\\x80\\N\\_\\L\\P\\ud800\\ufffe\\\"\\\\ caf\u00e9 \ud83d\ude00\"\n",
                printer.print(object("a", "\0\u0007\b\t\u000b\f\r\u001b\u0001\u007f\u0080\u0085\u00a0\u2028\u2029\ud800\ufffe\"\\ caf\u00e9 \ud83d\ude00")));
    }

    @Test
    void lineBreaksOtherThanLineFeedAreDoubleQuotedAndReadBack() {
        for (String text : List.of("a\u0085b", "a\u2028b", "a\u2029b\nc")) {
            ObjectNode tree = object("value", text, text, "key");
            String yaml = printer.print(tree);
            assertTrue(yaml.startsWith("value: \""), yaml);
            assertFalse(yaml.contains("\u0085") || yaml.contains("\u2028") || yaml.contains("\u2029"), yaml);
            assertReadsBack(tree);
        }
    }

    @Test
    void laysOutNestedCollectionsNumbersAndEmptyCollectionsAsTheFormerEmitterDid() {
        ObjectNode tree = NODES.objectNode();
        ArrayNode nested = tree.putArray("nested");
        nested.addArray().add("a").addArray().add("b").add(NODES.objectNode().put("c", 1).put("d", 2));
        nested.addArray();
        nested.addObject();
        nested.addObject().put("a", 1).putArray("b").add(1).addObject();
        nested.add(new BigDecimal("1E+3")).add(new BigDecimal("0.0010")).add(1.5).add(1e20).add(-0.0).add(Double.NaN)
                .add(Double.POSITIVE_INFINITY).add(1.25f).add(12345678901L).add(new BigInteger("123456789012345678901234"))
                .add((short) 7).add(true).add(false).addNull();
        tree.putObject("empty");
        tree.putArray("emptyList");
        tree.putObject("m").putObject("n").putObject("o").put("p", "q").putArray("r").addArray().addArray();
        String longKey = "k".repeat(128);
        tree.putObject(longKey).put("a", 1).put("b", "x\ny");
        tree.putArray(longKey + "2").add(1).addObject().put("c", 2);
        tree.putObject(longKey + "3");
        tree.put("k".repeat(127), "simple key");
        tree.put("", "empty key");
        tree.putArray("deep").addObject().putObject(longKey).put("a", 1);
        assertEquals(oracle.toYaml(tree), printer.print(tree));
        for (JsonNode root : List.of(NODES.objectNode(), NODES.arrayNode(), NODES.arrayNode().add(NODES.arrayNode().add(1)),
                NODES.textNode("x\ny"), NODES.textNode("x\n\n"), NODES.numberNode(3), NODES.nullNode(), NODES.booleanNode(true))) {
            assertEquals(oracle.toYaml(root), printer.print(root), root.toString());
        }
    }

    /** Random trees of random strings over an alphabet of indicators, quotes, spaces, breaks and Unicode. */
    @Test
    void writesRandomTreesAsTheFormerEmitterDid() {
        Random random = new Random(4);
        for (int i = 0; i < 3000; i++) {
            JsonNode tree = randomNode(random, 0);
            assertEquals(oracle.toYaml(tree), printer.print(tree), tree.toString());
        }
    }

    /** Every YAML file of the committed output, re-read: the printer writes its tree as the former emitter did. */
    @TestFactory
    Stream<DynamicTest> writesEveryGeneratedFileAsTheFormerEmitterDid() throws IOException {
        Path generated = Path.of("..", "generated");
        assertTrue(Files.isDirectory(generated), "the committed output is at " + generated.toAbsolutePath());
        ObjectMapper reader = new ObjectMapper(new YAMLFactory());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(generated)) {
            files = walk.filter(path -> path.toString().endsWith(".yml")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        return files.stream().map(file -> DynamicTest.dynamicTest(generated.relativize(file).toString(), () -> {
            JsonNode tree = reader.readTree(file.toFile());
            assertEquals(oracle.toYaml(tree), printer.print(tree));
        }));
    }

    @Test
    void trimsSpacesAndTabsBeforeLineBreaksOnly() {
        assertEquals("a\n\nb  ", YamlPrinter.trimTrailingSpaces("a \t \n  \t\nb  "));
        assertEquals("\n x\n", YamlPrinter.trimTrailingSpaces(" \n x \n"));
        String untouched = "a\nb";
        assertTrue(untouched == YamlPrinter.trimTrailingSpaces(untouched), "no copy when nothing is trimmed");
    }

    private static final String[] PIECES = {"a", "b", "yes", " ", "  ", ":", "#", "-", "'", "\"", "\n", "\t", "?", "{",
            "}", "[", "]", ",", "&", "*", "!", "|", ">", "%", "@", "`", "0", "1", ".", "...", "---", "\u00e9", "\u0001",
            "\ud83d\ude00", "\\", "~", "<<", "\r", "\u00a0", "\ufeff", "2024-01-01", "12:30"};

    private static String randomString(Random random) {
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(6); n > 0; n--) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    private JsonNode randomNode(Random random, int depth) {
        int kind = depth >= 4 ? 2 + random.nextInt(6) : random.nextInt(8);
        switch (kind) {
            case 0: {
                ObjectNode object = NODES.objectNode();
                for (int n = random.nextInt(4); n > 0; n--) {
                    String key = randomString(random);
                    if (!printedDifferently(key, true)) {
                        object.set(key, randomNode(random, depth + 1));
                    }
                }
                return object;
            }
            case 1: {
                ArrayNode array = NODES.arrayNode();
                for (int n = random.nextInt(4); n > 0; n--) {
                    array.add(randomNode(random, depth + 1));
                }
                return array;
            }
            case 2:
                return NODES.numberNode(random.nextInt(2000) - 1000);
            case 3:
                return NODES.numberNode(new BigDecimal(BigInteger.valueOf(random.nextInt(100000)), random.nextInt(6)));
            case 4:
                return random.nextBoolean() ? NODES.booleanNode(random.nextBoolean()) : NODES.nullNode();
            default:
                String text = randomString(random);
                return NODES.textNode(printedDifferently(text, false) ? "x" : text);
        }
    }

    private static ObjectNode object(Object... keysAndValues) {
        ObjectNode object = NODES.objectNode();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            object.set((String) keysAndValues[i], value instanceof JsonNode node ? node : NODES.textNode((String) value));
        }
        return object;
    }

    /** SnakeYAML (YAML 1.1 types: an unquoted yes is a boolean) reads the printed text as the tree's strings. */
    private void assertReadsBack(ObjectNode tree) {
        String yaml = printer.print(tree);
        Object read = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        assertEquals(plain(tree), read, yaml);
    }

    /** The tree as SnakeYAML builds it; multi-line strings without the trailing spaces the emitter trims. */
    private static Object plain(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                map.put(field.getKey(), plain(field.getValue()));
            }
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(element -> list.add(plain(element)));
            return list;
        }
        if (node.isTextual()) {
            String text = node.textValue();
            return text.contains("\n") ? text.replaceAll("[ \\t]+\n", "\n") : text;
        }
        return node.numberValue();
    }
}
