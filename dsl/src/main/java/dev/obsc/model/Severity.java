package dev.obsc.model;

import java.util.Locale;

/** Alert severity; the label value is the lower-case name. */
public enum Severity {
    CRITICAL, WARNING, INFO;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
