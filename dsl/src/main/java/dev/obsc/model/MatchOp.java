package dev.obsc.model;

/** The four Alertmanager/PromQL label matcher operators. */
public enum MatchOp {
    EQ("="), NE("!="), RE("=~"), NRE("!~");

    private final String symbol;

    MatchOp(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
