package dev.obsc.model;

/** Where a definition was declared, as a path relative to its source root and a line. */
public record SourcePosition(String file, int line) {
    public static final SourcePosition UNKNOWN = new SourcePosition("<unknown>", 0);

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
