package dev.obsc.compiler.analysis;

import dev.obsc.compiler.diagnostics.Diagnostics;
import dev.obsc.model.AlertmanagerModel;
import dev.obsc.model.Integration;
import dev.obsc.model.NotificationTemplate;
import dev.obsc.model.Receiver;
import dev.obsc.model.SourcePosition;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Notification templates, which {@code amtool check-config} does not look at: every action is
 * closed, block actions ({@code define}, {@code if}, {@code range}, {@code with}, {@code block})
 * are balanced by {@code end}, and every {@code template "name"} a receiver or template calls is
 * defined, by the definitions or by Alertmanager's defaults. {@code make test} then renders each
 * with {@code amtool template render}.
 */
final class TemplateChecks {
    private static final Pattern ACTION = Pattern.compile("\\{\\{-?\\s*(.*?)\\s*-?}}", Pattern.DOTALL);
    private static final Pattern DEFINE = Pattern.compile("^define\\s+\"([^\"]+)\"");
    private static final Pattern CALL = Pattern.compile("^(?:template|block)\\s+\"([^\"]+)\"");
    private static final Set<String> OPENERS = Set.of("define", "if", "range", "with", "block");
    /** Alertmanager's built-in default templates are named like these. */
    private static final Pattern BUILT_IN = Pattern.compile("__.*|(email|slack|pagerduty|opsgenie|webhook|"
            + "wechat|victorops|pushover|sns|telegram|discord|webex|msteams)\\.default\\..*");

    private TemplateChecks() {
    }

    static void check(AlertmanagerModel am, Diagnostics out) {
        Set<String> defined = new HashSet<>();
        Map<String, SourcePosition> calls = new LinkedHashMap<>();
        for (NotificationTemplate template : am.templates()) {
            checkText(template.body(), "template '" + template.name() + "'", template.position(), defined, calls, out);
        }
        for (Receiver receiver : am.receivers()) {
            for (Integration integration : receiver.integrations()) {
                for (Map.Entry<String, String> field : NotificationTexts.of(integration).entrySet()) {
                    checkText(field.getValue(), field.getKey() + " of receiver '" + receiver.name() + "'",
                            receiver.position(), null, calls, out);
                }
            }
        }
        calls.forEach((call, position) -> {
            String name = call.substring(0, call.indexOf('\n'));
            if (!defined.contains(name) && !BUILT_IN.matcher(name).matches()) {
                out.error("TMPL003", position, call.substring(call.indexOf('\n') + 1) + " calls template \"" + name
                        + "\", which no declared template defines; declared: " + new java.util.TreeSet<>(defined));
            }
        });
    }

    private static void checkText(String text, String owner, SourcePosition position, Set<String> defines,
                                  Map<String, SourcePosition> calls, Diagnostics out) {
        int opens = countOccurrences(text, "{{");
        int closes = countOccurrences(text, "}}");
        if (opens != closes) {
            out.error("TMPL001", position, owner + " has " + opens + " '{{' but " + closes + " '}}'; close every action");
            return;
        }
        Deque<String> blocks = new ArrayDeque<>();
        Matcher action = ACTION.matcher(text);
        while (action.find()) {
            String body = action.group(1).strip();
            String keyword = body.split("[\\s(]", 2)[0];
            if (OPENERS.contains(keyword)) {
                blocks.push(keyword);
            } else if (keyword.equals("end")) {
                if (blocks.isEmpty()) {
                    out.error("TMPL002", position, owner + " has an {{ end }} without an opening define, if, range,"
                            + " with or block");
                    return;
                }
                blocks.pop();
            }
            Matcher define = DEFINE.matcher(body);
            if (define.find()) {
                if (defines == null) {
                    out.error("TMPL002", position, owner + " defines template \"" + define.group(1)
                            + "\"; define templates with template(...), not in a receiver field");
                } else {
                    defines.add(define.group(1));
                }
            }
            Matcher call = CALL.matcher(body);
            if (call.find()) {
                calls.putIfAbsent(call.group(1) + "\n" + owner, position);
            }
        }
        if (!blocks.isEmpty()) {
            out.error("TMPL002", position, owner + " leaves {{ " + blocks.peek() + " }} without its {{ end }}");
        }
    }

    private static int countOccurrences(String text, String token) {
        int count = 0;
        for (int i = text.indexOf(token); i >= 0; i = text.indexOf(token, i + token.length())) {
            count++;
        }
        return count;
    }
}
