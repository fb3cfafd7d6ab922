package dev.obsc.compiler.verify;

import com.fasterxml.jackson.databind.JsonNode;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONArray;
import org.json.JSONObject;
import org.json.JSONTokener;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Validates emitted trees against the project's JSON Schemas, packaged under {@code /schemas/}. */
public final class SchemaValidator {
    /** Loaded schemas are immutable and thread-safe: load each once per process, not once per compilation. */
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    /** Every violation of {@code schemaName} by {@code tree}, as "path: message"; empty when valid. */
    public List<String> validate(String schemaName, JsonNode tree) {
        return validate(List.of(schemaName), tree).get(schemaName);
    }

    /**
     * Every violation of each of {@code schemaNames} by {@code tree}, by schema name in the given order;
     * the tree is converted to org.json values once for all of them.
     */
    public Map<String, List<String>> validate(List<String> schemaNames, JsonNode tree) {
        Object subject = toJson(tree);
        Map<String, List<String>> problems = new LinkedHashMap<>();
        schemaNames.forEach(name -> problems.put(name, validate(SCHEMAS.computeIfAbsent(name, SchemaValidator::load), subject)));
        return problems;
    }

    private static List<String> validate(Schema schema, Object subject) {
        try {
            schema.validate(subject);
            return List.of();
        } catch (ValidationException e) {
            List<String> problems = new ArrayList<>();
            collect(e, problems);
            return problems;
        }
    }

    /**
     * The tree as org.json values, converted node by node: printing it and parsing the text back
     * cost more than the validation itself on large outputs. Numbers stay BigDecimal/BigInteger-exact.
     */
    private static Object toJson(JsonNode node) {
        if (node.isObject()) {
            JSONObject object = new JSONObject();
            node.fields().forEachRemaining(field -> object.put(field.getKey(), toJson(field.getValue())));
            return object;
        }
        if (node.isArray()) {
            JSONArray array = new JSONArray();
            node.forEach(element -> array.put(toJson(element)));
            return array;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        return JSONObject.NULL;
    }

    private static void collect(ValidationException e, List<String> into) {
        List<ValidationException> causes = e.getCausingExceptions();
        if (causes.isEmpty()) {
            into.add(e.getMessage());
        } else if ("else".equals(e.getKeyword()) && causes.size() == 2) {
            // A failed "else" carries the "if" failure first; that only says why "else" applies, the problem is the second.
            collect(causes.get(1), into);
        } else {
            causes.forEach(cause -> collect(cause, into));
        }
    }

    private static InputStream packaged(String name) {
        InputStream in = SchemaValidator.class.getResourceAsStream("/schemas/" + name);
        if (in == null) {
            throw new IllegalStateException("schema " + name + " is not packaged with the compiler");
        }
        return in;
    }

    private static Schema load(String name) {
        try (InputStream in = SchemaValidator.class.getResourceAsStream("/schemas/" + name)) {
            if (in == null) {
                throw new IllegalStateException("schema " + name + " is not packaged with the compiler");
            }
            // A schema may refer to another of the project's schemas by its $id; those load from the jar too.
            return SchemaLoader.builder()
                    .schemaClient(url -> packaged(url.substring(url.lastIndexOf('/') + 1)))
                    .schemaJson(new JSONObject(new JSONTokener(in)))
                    .build().load().build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
