package dev.obsc.compiler.promql;

/** The four PromQL value types. */
public enum ValueType {
    SCALAR("scalar"), INSTANT_VECTOR("instant vector"), RANGE_VECTOR("range vector"), STRING("string");

    private final String description;

    ValueType(String description) {
        this.description = description;
    }

    /** Human wording for messages, as Prometheus spells it. */
    public String description() {
        return description;
    }
}
