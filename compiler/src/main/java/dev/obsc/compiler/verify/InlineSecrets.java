package dev.obsc.compiler.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.obsc.compiler.analysis.SecretNames;
import dev.obsc.compiler.diagnostics.Diagnostics;
import dev.obsc.compiler.lowering.Document;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The last line of defence for "no secret in generated/": no emitted tree holds a string under a
 * key that names a credential (other than a {@code *_file} reference), and no string is a URL with
 * a password in it. The model cannot express an inline secret; this catches a lowering that would.
 */
public final class InlineSecrets {
    private static final Pattern URL_WITH_PASSWORD = Pattern.compile("[a-z][a-z0-9+.-]*://[^/@\\s:]+:[^/@\\s]*@");

    private InlineSecrets() {
    }

    static void check(List<Document> documents, Diagnostics out) {
        // Documents are independent: walk them in parallel, report in document order.
        List<Diagnostics> found = documents.parallelStream().map(document -> {
            Diagnostics of = new Diagnostics();
            if (document.tree() != null) {
                walk(document.path(), new ArrayDeque<>(), document.tree(), of);
            }
            return of;
        }).toList();
        found.forEach(of -> out.addAll(of.sorted()));
    }

    /** {@code at} holds the path's segments; it is joined only for a report (the walk visits every node). */
    private static void walk(String file, Deque<String> at, JsonNode node, Diagnostics out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String key = field.getKey();
                at.addLast(key);
                if (field.getValue().isTextual() && !field.getValue().textValue().isEmpty()
                        && SecretNames.namesSecret(key)) {
                    report(file, at, out);
                }
                walk(file, at, field.getValue(), out);
                at.removeLast();
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                at.addLast(Integer.toString(i));
                walk(file, at, node.get(i), out);
                at.removeLast();
            }
        } else if (node.isTextual() && node.textValue().contains("://") && URL_WITH_PASSWORD.matcher(node.textValue()).find()) {
            report(file, at, out);
        }
    }

    private static void report(String file, Deque<String> path, Diagnostics out) {
        String at = "/" + String.join("/", path);
        // Never echo the value: it is the secret.
        out.error("VERIFY004", OutputVerifier.GENERATED, file + " would write a secret value at " + at + "; secrets reach the"
                + " output only as file paths or Secret references. This is a compiler defect; please report it");
    }
}
