package dev.obsc.compiler.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.obsc.compiler.diagnostics.Diagnostic;
import dev.obsc.compiler.diagnostics.Diagnostics;
import dev.obsc.compiler.lowering.Document;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

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

    @Test
    void aUrlWithAPasswordIsFoundWhereverItIsInAString() {
        assertTrue(InlineSecrets.hasUrlWithPassword("https://u:p@host/x"));
        assertTrue(InlineSecrets.hasUrlWithPassword("see postgres://app:@db:5432 for details"));
        assertTrue(InlineSecrets.hasUrlWithPassword("HTTPs://u:p:q@host"));
        assertTrue(InlineSecrets.hasUrlWithPassword("a https://h/x then smtp://u:p@mail"));
        assertFalse(InlineSecrets.hasUrlWithPassword("https://user@host/x"));
        assertFalse(InlineSecrets.hasUrlWithPassword("https://host:443/x@y"));
        assertFalse(InlineSecrets.hasUrlWithPassword("https://:p@host"));
        assertFalse(InlineSecrets.hasUrlWithPassword("HTTPS://u:p@host"));
        assertFalse(InlineSecrets.hasUrlWithPassword("https://u:p w@host"));
        assertFalse(InlineSecrets.hasUrlWithPassword("://u:p@host"));
        assertFalse(InlineSecrets.hasUrlWithPassword("http://u:p"));
    }

    @Test
    void theScanFindsExactlyWhatTheRegularExpressionFinds() {
        // The scan replaced this expression; random strings over the characters that matter must agree.
        Pattern urlWithPassword = Pattern.compile("[a-z][a-z0-9+.-]*://[^/@\\s:]+:[^/@\\s]*@");
        String[] pieces = {"a", "Z", "9", "+", ".", "-", ":", "/", "@", " ", "\t", "\n", "\u000B", "x", "://", "http://", "u:", "p@"};
        Random random = new Random(4);
        int found = 0;
        for (int n = 0; n < 200_000; n++) {
            // Every other string is shaped like scheme://user:password@ with random pieces in between.
            String text = n % 2 == 0 ? randomPieces(pieces, 12, random)
                    : randomPieces(pieces, 2, random) + "ht" + randomPieces(pieces, 1, random) + "://"
                    + randomPieces(pieces, 2, random) + ":" + randomPieces(pieces, 2, random) + "@" + randomPieces(pieces, 2, random);
            boolean expected = urlWithPassword.matcher(text).find();
            assertEquals(expected, InlineSecrets.hasUrlWithPassword(text), text);
            found += expected ? 1 : 0;
        }
        assertTrue(found > 5_000, "too few strings with a password to compare: " + found);
    }

    private static String randomPieces(String[] pieces, int atMost, Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(atMost + 1); i > 0; i--) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }
}
