package dev.obsc.compiler.lowering;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names as URL slugs, folder uids and Kubernetes object names: lower case, every run of other
 * characters one dash, none at either end ({@code TTA.dev} is {@code tta-dev}). It is Grafana's slug
 * of a dashboard title, so links built with it match the URLs Grafana itself shows.
 */
public final class Slugs {
    private static final Pattern OTHER = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-|-$");

    private Slugs() {
    }

    public static String of(String text) {
        return EDGE_DASHES.matcher(OTHER.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
    }
}
