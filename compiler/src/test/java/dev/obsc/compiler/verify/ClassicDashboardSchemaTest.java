package dev.obsc.compiler.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.obsc.compiler.diagnostics.Diagnostic;
import dev.obsc.compiler.diagnostics.Diagnostics;
import dev.obsc.compiler.emit.OutputFile;
import dev.obsc.compiler.lowering.Document;
import dev.obsc.compiler.lowering.grafana.GrafanaLowering;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The general model of Grafana's classic dashboard accepts a dashboard Grafana accepts (including
 * fields obsc never emits) and rejects what Grafana would misread; the verifier applies it to every
 * emitted dashboard besides the project's own schema.
 */
class ClassicDashboardSchemaTest {
    private static final String CLASSIC = GrafanaLowering.CLASSIC_DASHBOARD_SCHEMA;
    private static final String VALID = "{'uid':'d1','title':'D','schemaVersion':39,'id':null,'version':1,"
            + "'tags':['a'],'editable':true,'graphTooltip':1,'refresh':false,'time':{'from':'now-6h','to':'now'},"
            + "'liveNow':false,'pluginDefinedField':{'anything':1},"
            + "'templating':{'list':[{'name':'job','type':'query','query':'label_values(up, job)','refresh':2,"
            + "'datasource':{'type':'prometheus','uid':'p'},'multi':true,'includeAll':true,'hide':0}]},"
            + "'annotations':{'list':[{'name':'Annotations & Alerts','builtIn':1,'enable':true,'hide':true,"
            + "'datasource':{'type':'grafana','uid':'-- Grafana --'},'type':'dashboard'}]},"
            + "'links':[{'title':'Other','type':'link','url':'/d/x','keepTime':true}],"
            + "'panels':["
            + "{'type':'row','id':1,'title':'R','collapsed':true,'gridPos':{'x':0,'y':0,'w':24,'h':1},'panels':["
            + "{'type':'timeseries','id':2,'title':'T','gridPos':{'x':0,'y':1,'w':12,'h':8},"
            + "'datasource':{'type':'prometheus','uid':'p'},'targets':[{'refId':'A','expr':'up'}],"
            + "'fieldConfig':{'defaults':{'unit':'s','decimals':2,'thresholds':{'mode':'absolute',"
            + "'steps':[{'color':'green','value':null},{'color':'red','value':80}]},"
            + "'mappings':[{'type':'value','options':{'1':{'text':'up'}}}]},"
            + "'overrides':[{'matcher':{'id':'byName','options':'x'},'properties':[{'id':'unit','value':'ms'}]}]},"
            + "'options':{},'transformations':[{'id':'organize','options':{}}]}]},"
            + "{'type':'stat','id':3,'title':'S','datasource':'Prometheus','gridPos':{'x':12,'y':2,'w':12,'h':4},"
            + "'targets':[{'refId':'A'}],'repeat':'job','repeatDirection':'h'}]}";

    private final SchemaValidator schemas = new SchemaValidator();
    private final ObjectMapper mapper = new ObjectMapper();

    private JsonNode valid() throws Exception {
        return mapper.readTree(VALID.replace('\'', '"'));
    }

    private List<String> problems(JsonNode dashboard) {
        return schemas.validate(CLASSIC, dashboard);
    }

    private static ObjectNode panel(JsonNode dashboard, int index) {
        return (ObjectNode) dashboard.path("panels").path(index);
    }

    @Test
    void acceptsAGeneralDashboardWithARowCarryingItsPanelsAndUnknownPluginFields() throws Exception {
        assertEquals(List.of(), problems(valid()));
    }

    @Test
    void rejectsAMissingUidOrTitle() throws Exception {
        for (String field : List.of("uid", "title", "schemaVersion")) {
            JsonNode dashboard = valid();
            ((ObjectNode) dashboard).remove(field);
            assertRejected(dashboard, field);
        }
    }

    @Test
    void rejectsPanelIdsThatAreNotPositiveIntegers() throws Exception {
        JsonNode dashboard = valid();
        panel(dashboard, 1).put("id", "3");
        assertRejected(dashboard, "string id");
        dashboard = valid();
        panel(dashboard, 1).put("id", 0);
        assertRejected(dashboard, "id 0");
        dashboard = valid();
        panel(dashboard, 1).remove("id");
        assertRejected(dashboard, "no id");
    }

    @Test
    void rejectsGridPositionsOfTheWrongTypeOrOffTheGrid() throws Exception {
        JsonNode dashboard = valid();
        ((ObjectNode) panel(dashboard, 1).path("gridPos")).put("x", "12");
        assertRejected(dashboard, "string x");
        dashboard = valid();
        ((ObjectNode) panel(dashboard, 1).path("gridPos")).put("w", 25);
        assertRejected(dashboard, "w 25");
        dashboard = valid();
        ((ObjectNode) panel(dashboard, 1).path("gridPos")).put("h", 2.5);
        assertRejected(dashboard, "fractional h");
        dashboard = valid();
        ((ObjectNode) panel(dashboard, 1).path("gridPos")).remove("y");
        assertRejected(dashboard, "no y");
    }

    @Test
    void rejectsNestedRowsAndPanelsInsideAVisualization() throws Exception {
        JsonNode dashboard = valid();
        ((com.fasterxml.jackson.databind.node.ArrayNode) panel(dashboard, 0).path("panels")).add(panel(valid(), 0));
        assertRejected(dashboard, "row inside a row");
        dashboard = valid();
        panel(dashboard, 1).putArray("panels");
        assertRejected(dashboard, "panels inside a stat");
    }

    @Test
    void rejectsMalformedTargetsFieldConfigTemplatingAndLinks() throws Exception {
        JsonNode dashboard = valid();
        ((ObjectNode) panel(dashboard, 1).path("targets").path(0)).remove("refId");
        assertRejected(dashboard, "target without refId");
        dashboard = valid();
        ObjectNode step = (ObjectNode) panel(dashboard, 0).path("panels").path(0)
                .path("fieldConfig").path("defaults").path("thresholds").path("steps").path(1);
        step.put("value", "80");
        assertRejected(dashboard, "threshold value as a string");
        dashboard = valid();
        ((ObjectNode) dashboard.path("templating").path("list").path(0)).put("type", "dropdown");
        assertRejected(dashboard, "unknown variable type");
        dashboard = valid();
        ((ObjectNode) dashboard.path("templating").path("list").path(0)).put("name", "$job");
        assertRejected(dashboard, "variable name with a dollar");
        dashboard = valid();
        ((ObjectNode) dashboard.path("links").path(0)).put("type", "url");
        assertRejected(dashboard, "unknown link type");
        dashboard = valid();
        ((ObjectNode) dashboard.path("annotations").path("list").path(0)).put("enable", "yes");
        assertRejected(dashboard, "annotation enable as a string");
    }

    @Test
    void theVerifierChecksEveryEmittedDashboardAgainstTheClassicModelToo() throws Exception {
        JsonNode dashboard = valid();
        ((ObjectNode) panel(dashboard, 1).path("gridPos")).put("x", "12");
        Document document = Document.json("env/grafana/dashboards/f/d1.json", dashboard, GrafanaLowering.DASHBOARD_SCHEMA);
        Diagnostics out = new Diagnostics();
        new OutputVerifier().verify(List.of(document), List.of(new OutputFile(document.path(), dashboard.toString())), out);
        List<Diagnostic> found = out.sorted();
        assertTrue(found.stream().anyMatch(d -> d.code().equals("VERIFY001") && d.message().contains(CLASSIC)),
                found.toString());
    }

    private void assertRejected(JsonNode dashboard, String what) {
        assertTrue(!problems(dashboard).isEmpty(), "the classic model accepted a dashboard with " + what);
    }
}
