package dev.obsc.compiler.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The stack's schemas reject what obsc must never emit (and accept the minimal valid file), also
 * through references from one schema into another.
 */
class StackSchemasTest {
    private final SchemaValidator schemas = new SchemaValidator();
    private final ObjectMapper mapper = new ObjectMapper();

    private List<String> problems(String schema, String json) throws Exception {
        JsonNode tree = mapper.readTree(json.replace('\'', '"'));
        return schemas.validate(schema, tree);
    }

    @Test
    void composeRejectsAnUnpinnedImageAndASecretInTheEnvironment() throws Exception {
        String valid = "{'name':'p','services':{'prometheus':{'image':'prom/prometheus:v2.53.2','restart':'no'}}}";
        assertEquals(List.of(), problems("docker-compose.schema.json", valid));
        assertFalse(problems("docker-compose.schema.json", valid.replace("v2.53.2", "latest")).isEmpty());
        assertFalse(problems("docker-compose.schema.json", valid.replace("'restart'",
                "'environment':{'GF_SECURITY_ADMIN_PASSWORD':'admin'},'restart'")).isEmpty());
    }

    @Test
    void manifestsRejectASecretResource() throws Exception {
        String secret = "{'apiVersion':'v1','kind':'List','items':[{'apiVersion':'v1','kind':'Secret',"
                + "'metadata':{'name':'s','namespace':'n','labels':{}},'stringData':{'password':'hunter2'}}]}";
        assertFalse(problems("kubernetes-manifests.schema.json", secret).isEmpty());
    }

    @Test
    void aPrometheusRuleIsCheckedByTheRuleFileSchema() throws Exception {
        String rule = "{'apiVersion':'v1','kind':'List','items':[{'apiVersion':'monitoring.coreos.com/v1',"
                + "'kind':'PrometheusRule','metadata':{'name':'r','namespace':'n','labels':{}},"
                + "'spec':{'groups':[{'name':'g','interval':'30s','rules':[{'record':'a:b:c','expr':'up'}]}]}}]}";
        assertEquals(List.of(), problems("kubernetes-manifests.schema.json", rule));
        assertFalse(problems("kubernetes-manifests.schema.json", rule.replace("'record':'a:b:c',", "")).isEmpty());
    }

    @Test
    void scrapeConfigsRejectACredentialInARemoteWriteUrlAndAnUnknownField() throws Exception {
        String config = "{'global':{'scrape_interval':'15s','evaluation_interval':'15s','external_labels':{}},"
                + "'rule_files':[],'alerting':{'alertmanagers':[]},'scrape_configs':[{'job_name':'a',"
                + "'metrics_path':'/metrics','static_configs':[{'targets':['a:1']}]}],"
                + "'remote_write':[{'url':'https://archive.example/write'}]}";
        assertEquals(List.of(), problems("prometheus-config.schema.json", config));
        assertFalse(problems("prometheus-config.schema.json", config.replace("https://", "https://u:p@")).isEmpty());
        assertFalse(problems("prometheus-scrape-configs.schema.json",
                "[{'job_name':'a','metrics_path':'/m','static_configs':[{'targets':['a:1']}],'bogus':1}]").isEmpty());
    }
}
