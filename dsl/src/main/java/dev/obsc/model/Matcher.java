package dev.obsc.model;

public record Matcher(String label, MatchOp op, String value) {
    @Override
    public String toString() {
        return label + op.symbol() + "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
