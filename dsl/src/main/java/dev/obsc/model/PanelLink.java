package dev.obsc.model;

/**
 * A link on a panel or its data points. {@code url} may use Grafana's variables
 * ({@code ${__field.labels.job}}, {@code ${__value.raw}}, dashboard variables) and is checked for them.
 */
public record PanelLink(String title, String url, boolean dataLink) {
}
