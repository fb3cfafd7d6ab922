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
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last line of defence for "no secret in generated/": no emitted tree holds a string under a
 * key that names a credential (other than a {@code *_file} reference), and no string is a URL with
 * a password in it. The model cannot express an inline secret; this catches a lowering that would.
 */
public final class InlineSecrets {
    private static final String SCHEME_END = "://";

    private InlineSecrets() {
    }

    static void check(List<Document> documents, Diagnostics out) {
        // Documents are independent: walk them in parallel, report in document order. The output has few
        // distinct keys, each seen many times: decide once per key whether it names a credential.
        Map<String, Boolean> namesSecret = new ConcurrentHashMap<>();
        List<Diagnostics> found = documents.parallelStream().map(document -> {
            Diagnostics of = new Diagnostics();
            if (document.tree() != null) {
                walk(document.path(), new ArrayDeque<>(), document.tree(), namesSecret, of);
            }
            return of;
        }).toList();
        found.forEach(of -> out.addAll(of.sorted()));
    }

    /** {@code at} holds the path's segments; it is joined only for a report (the walk visits every node). */
    private static void walk(String file, Deque<String> at, JsonNode node, Map<String, Boolean> namesSecret, Diagnostics out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String key = field.getKey();
                at.addLast(key);
                if (field.getValue().isTextual() && !field.getValue().textValue().isEmpty()
                        && namesSecret.computeIfAbsent(key, SecretNames::namesSecret)) {
                    report(file, at, out);
                }
                walk(file, at, field.getValue(), namesSecret, out);
                at.removeLast();
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                at.addLast(Integer.toString(i));
                walk(file, at, node.get(i), namesSecret, out);
                at.removeLast();
            }
        } else if (node.isTextual() && hasUrlWithPassword(node.textValue())) {
            report(file, at, out);
        }
    }

    /**
     * Whether {@code text} holds {@code scheme://user:password@}: what the regular expression
     * {@code [a-z][a-z0-9+.-]*://[^/@\s:]+:[^/@\s]*@} finds, by a scan from each "://" instead (the
     * expression tried every start of every lowercase run, in every URL and prose string emitted).
     */
    static boolean hasUrlWithPassword(String text) {
        for (int at = text.indexOf(SCHEME_END); at >= 0; at = text.indexOf(SCHEME_END, at + 1)) {
            if (endsScheme(text, at) && startsUserAndPassword(text, at + SCHEME_END.length())) {
                return true;
            }
        }
        return false;
    }

    /** A scheme, {@code [a-z][a-z0-9+.-]*}, ends just before {@code end}: the run of scheme characters there has a letter. */
    private static boolean endsScheme(String text, int end) {
        for (int i = end - 1; i >= 0 && isSchemeChar(text.charAt(i)); i--) {
            if (text.charAt(i) >= 'a' && text.charAt(i) <= 'z') {
                return true;
            }
        }
        return false;
    }

    /** {@code [^/@\s:]+:[^/@\s]*@} starts at {@code start}: a user name, a colon, a password (maybe empty) and an at sign. */
    private static boolean startsUserAndPassword(String text, int start) {
        int i = start;
        while (i < text.length() && !endsAuthorityPart(text.charAt(i)) && text.charAt(i) != ':') {
            i++;
        }
        if (i == start || i == text.length() || text.charAt(i) != ':') {
            return false;
        }
        i++;
        while (i < text.length() && !endsAuthorityPart(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '@';
    }

    private static boolean isSchemeChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '.' || c == '-';
    }

    /** '/', '@' or what the expression's {@code \s} is: a space, tab, line feed, vertical tab, form feed or carriage return. */
    private static boolean endsAuthorityPart(char c) {
        return c == '/' || c == '@' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static void report(String file, Deque<String> path, Diagnostics out) {
        String at = "/" + String.join("/", path);
        // Never echo the value: it is the secret.
        out.error("VERIFY004", OutputVerifier.GENERATED, file + " would write a secret value at " + at + "; secrets reach the"
                + " output only as file paths or Secret references. This is a compiler defect; please report it");
    }
}
