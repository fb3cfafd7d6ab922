package dev.obsc.compiler.emit;

/** How {@link YamlPrinter} writes one string. */
enum ScalarStyle {
    PLAIN,
    SINGLE_QUOTED,
    DOUBLE_QUOTED,
    /** A {@code |} block: the text's lines, indented, as they are. */
    LITERAL
}
