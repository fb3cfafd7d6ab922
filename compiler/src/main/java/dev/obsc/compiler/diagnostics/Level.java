package dev.obsc.compiler.diagnostics;

/** How bad a diagnostic is: errors stop the build, warnings are printed. */
public enum Level { ERROR, WARNING }
