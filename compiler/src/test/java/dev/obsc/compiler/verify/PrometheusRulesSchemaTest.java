package dev.obsc.compiler.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The rule file schema takes a rule as a recording rule when it has {@code record} and as an
 * alerting rule otherwise; either way it rejects what Prometheus rejects or obsc must never emit.
 */
class PrometheusRulesSchemaTest {
    private static final String SCHEMA = "prometheus-rules.schema.json";
    private static final String RECORDING = "{'record':'job:up:sum','expr':'sum by (job) (up)','labels':{'team':'t'}}";
    private static final String ALERTING = "{'alert':'Down','expr':'up == 0','for':'5m','labels':{'severity':'critical',"
            + "'team':'t','service':'s'},'annotations':{'summary':'s','description':'d','runbook_url':'https://r'}}";

    private final SchemaValidator schemas = new SchemaValidator();
    private final ObjectMapper mapper = new ObjectMapper();

    private List<String> problems(String rule) throws Exception {
        JsonNode tree = mapper.readTree(("{'groups':[{'name':'g','interval':'30s','rules':[" + rule + "]}]}")
                .replace('\'', '"'));
        return schemas.validate(SCHEMA, tree);
    }

    @Test
    void acceptsARecordingAndAnAlertingRule() throws Exception {
        assertEquals(List.of(), problems(RECORDING));
        assertEquals(List.of(), problems(ALERTING));
        assertEquals(List.of(), problems(RECORDING + "," + ALERTING));
    }

    @Test
    void rejectsARecordingRuleWithWhatOnlyAlertsHave() throws Exception {
        assertFalse(problems(RECORDING.replace("'expr'", "'for':'5m','expr'")).isEmpty());
        assertFalse(problems(RECORDING.replace("'expr'", "'annotations':{'summary':'s'},'expr'")).isEmpty());
        assertFalse(problems(RECORDING.replace("'expr'", "'alert':'Down','expr'")).isEmpty());
    }

    @Test
    void rejectsARecordingRuleWithoutExprOrWithABadName() throws Exception {
        assertFalse(problems("{'record':'job:up:sum'}").isEmpty());
        assertFalse(problems(RECORDING.replace("job:up:sum", "job-up")).isEmpty());
        assertFalse(problems(RECORDING.replace("'team'", "'bad-label'")).isEmpty());
    }

    @Test
    void rejectsAnAlertWithoutExprLabelsOrAnnotations() throws Exception {
        assertFalse(problems(ALERTING.replace("'expr':'up == 0',", "")).isEmpty());
        assertFalse(problems(ALERTING.replace("'expr':'up == 0'", "'expr':''")).isEmpty());
        assertFalse(problems(ALERTING.replace("'service':'s'", "'owner':'s'")).isEmpty());
        assertFalse(problems(ALERTING.replace("'critical'", "'urgent'")).isEmpty());
        assertFalse(problems(ALERTING.replace("'runbook_url':'https://r'", "'runbook_url':'r'")).isEmpty());
        assertFalse(problems(ALERTING.substring(0, ALERTING.indexOf(",'annotations'")) + "}").isEmpty());
    }

    @Test
    void rejectsAnAlertWithABadNameDurationOrUnknownField() throws Exception {
        assertFalse(problems(ALERTING.replace("'Down'", "'Is:Down'")).isEmpty());
        assertFalse(problems(ALERTING.replace("'5m'", "'5 minutes'")).isEmpty());
        assertFalse(problems(ALERTING.replace("'for'", "'keep_firing_for':'1m','bogus':1,'for'")).isEmpty());
    }

    @Test
    void rejectsARuleThatIsNeitherAndARuleThatIsNotAnObject() throws Exception {
        assertFalse(problems("{'expr':'up'}").isEmpty());
        assertFalse(problems("{}").isEmpty());
        assertFalse(problems("'up'").isEmpty());
        assertFalse(problems("null").isEmpty());
    }

    @Test
    void reportsTheProblemOfTheRulesOwnKindOnly() throws Exception {
        // The kind is chosen by 'record', so a bad alert is reported as an alert, not as "no branch matched".
        List<String> found = problems(ALERTING.replace("'critical'", "'urgent'"));
        assertEquals(1, found.size(), found.toString());
        assertFalse(found.get(0).contains("subschemas matched"), found.get(0));
    }
}
