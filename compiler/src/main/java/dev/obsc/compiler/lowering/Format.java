package dev.obsc.compiler.lowering;

/** Text formats the compiler emits. */
public enum Format { YAML, JSON, TEXT }
