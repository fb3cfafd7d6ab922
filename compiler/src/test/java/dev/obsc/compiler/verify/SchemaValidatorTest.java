package dev.obsc.compiler.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** One tree checked against several schemas reports each schema's problems apart, in the order asked. */
class SchemaValidatorTest {
    private static final String RULES = "prometheus-rules.schema.json";
    private static final String COMPOSE = "docker-compose.schema.json";

    @Test
    void eachSchemaReportsItsOwnProblemsInTheOrderAsked() throws Exception {
        JsonNode rules = new ObjectMapper().readTree("{\"groups\":[]}");
        Map<String, List<String>> problems = new SchemaValidator().validate(List.of(COMPOSE, RULES), rules);

        assertEquals(List.of(COMPOSE, RULES), List.copyOf(problems.keySet()));
        assertFalse(problems.get(COMPOSE).isEmpty());
        assertEquals(List.of(), problems.get(RULES));
        assertEquals(problems.get(COMPOSE), new SchemaValidator().validate(COMPOSE, rules));
    }
}
