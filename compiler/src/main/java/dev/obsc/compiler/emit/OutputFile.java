package dev.obsc.compiler.emit;

/** A file's final text and its path under the output directory ('/'-separated). */
public record OutputFile(String path, String content) {
}
