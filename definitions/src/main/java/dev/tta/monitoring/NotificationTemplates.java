package dev.tta.monitoring;

import dev.obsc.dsl.AlertmanagerBuilder;

/** Notification texts for Slack and email, as one Alertmanager template file. */
final class NotificationTemplates {
    static final String SLACK_TITLE = "{{ template \"tta.title\" . }}";
    static final String SLACK_TEXT = "{{ template \"tta.slack.text\" . }}";
    static final String EMAIL_SUBJECT = "{{ template \"tta.title\" . }}";
    static final String EMAIL_HTML = "{{ template \"tta.email.html\" . }}";

    private NotificationTemplates() {
    }

    static void declare(AlertmanagerBuilder am) {
        am.template("tta", """
                {{ define "tta.title" -}}
                [{{ .Status | toUpper }}{{ if eq .Status "firing" }}:{{ .Alerts.Firing | len }}{{ end }}] \
                {{ .CommonLabels.alertname }}{{ if .CommonLabels.service }} ({{ .CommonLabels.service }}){{ end }}
                {{- end }}

                {{ define "tta.slack.text" -}}
                {{ range .Alerts -}}
                *{{ .Annotations.summary }}* ({{ .Labels.severity }}, team {{ .Labels.team }})
                {{ .Annotations.description }}
                Runbook: {{ .Annotations.runbook_url }}
                {{- if .Annotations.dashboard_url }}
                Dashboard: {{ .Annotations.dashboard_url }}
                {{- end }}
                {{ end -}}
                {{- end }}

                {{ define "tta.email.html" -}}
                <h2>{{ template "tta.title" . }}</h2>
                {{ range .Alerts -}}
                <h3>{{ .Annotations.summary }}</h3>
                <p>{{ .Annotations.description }}</p>
                <p>Severity: {{ .Labels.severity }} &middot; team: {{ .Labels.team }} &middot; \
                service: {{ .Labels.service }}</p>
                <p><a href="{{ .Annotations.runbook_url }}">Runbook</a>
                {{- if .Annotations.dashboard_url }} &middot; \
                <a href="{{ .Annotations.dashboard_url }}">Dashboard</a>{{ end }}
                {{- if .GeneratorURL }} &middot; <a href="{{ .GeneratorURL }}">Query</a>{{ end }}</p>
                {{ end -}}
                {{- end }}
                """);
    }
}
