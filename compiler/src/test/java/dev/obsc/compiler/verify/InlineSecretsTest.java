package dev.obsc.compiler.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.obsc.compiler.diagnostics.Diagnostic;
import dev.obsc.compiler.diagnostics.Diagnostics;
import dev.obsc.compiler.lowering.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A secret value in any emitted tree is an error that does not echo the value; file references are fine. */
class InlineSecretsTest {
    private static List<Diagnostic> check(String json) throws Exception {
        Document document = Document.yaml("env/x.yml", new ObjectMapper().readTree(json.replace('\'', '"')), "none");
        Diagnostics out = new Diagnostics();
        InlineSecrets.check(List.of(document), out);
        return out.sorted();
    }

    @Test
    void referencesToSecretsPass() throws Exception {
        assertEquals(List.of(), check("{'smtp_auth_password_file':'/etc/s','configSecret':'alertmanager-config',"
                + "'basicAuth':{'password':{'name':'remote','key':'password-0'}},'url':'https://user@host/x'}"));
    }

    @Test
    void aSecretValueOrAPasswordInAUrlIsAnErrorThatDoesNotEchoIt() throws Exception {
        List<Diagnostic> found = check("{'environment':{'GF_SECURITY_ADMIN_PASSWORD':'hunter2'},"
                + "'remote_write':[{'url':'https://u:hunter2@archive/w'}],'routing_key':'hunter2'}");
        assertEquals(List.of("VERIFY004", "VERIFY004", "VERIFY004"), found.stream().map(Diagnostic::code).toList());
        assertTrue(found.get(0).message().contains("env/x.yml"), found.get(0).message());
        assertFalse(found.stream().anyMatch(d -> d.message().contains("hunter2")));
    }
}
