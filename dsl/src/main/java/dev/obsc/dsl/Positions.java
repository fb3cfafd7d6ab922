package dev.obsc.dsl;

import dev.obsc.model.SourcePosition;

/**
 * Finds where a definition was written: the first stack frame outside the DSL itself.
 * The file is reported relative to its source root (package path + file name), which is how
 * IDEs and the compiler's diagnostics locate it.
 */
final class Positions {
    private static final String DSL_PACKAGE = Positions.class.getPackageName() + ".";
    private static final StackWalker WALKER = StackWalker.getInstance();

    private Positions() {
    }

    static SourcePosition caller() {
        return WALKER.walk(frames -> frames
                .filter(f -> !f.getClassName().startsWith(DSL_PACKAGE))
                .findFirst()
                .map(Positions::toPosition)
                .orElse(SourcePosition.UNKNOWN));
    }

    private static SourcePosition toPosition(StackWalker.StackFrame frame) {
        String className = frame.getClassName();
        int lastDot = className.lastIndexOf('.');
        String packagePath = lastDot < 0 ? "" : className.substring(0, lastDot).replace('.', '/') + "/";
        String file = frame.getFileName() == null ? className : frame.getFileName();
        return new SourcePosition(packagePath + file, frame.getLineNumber());
    }
}
