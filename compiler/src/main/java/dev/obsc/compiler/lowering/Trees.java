package dev.obsc.compiler.lowering;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Collection;
import java.util.Map;

/** Small helpers for building insertion-ordered output trees. */
public final class Trees {
    /** Exact decimals: BigDecimal values are kept as written, never turned into doubles. */
    public static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private Trees() {
    }

    public static ObjectNode object() {
        return NODES.objectNode();
    }

    public static ArrayNode array() {
        return NODES.arrayNode();
    }

    public static ArrayNode strings(Collection<String> values) {
        ArrayNode array = array();
        values.forEach(array::add);
        return array;
    }

    /** A map as an object, keys in the map's iteration order (callers pass sorted maps). */
    public static ObjectNode map(Map<String, String> entries) {
        ObjectNode object = object();
        entries.forEach(object::put);
        return object;
    }
}
