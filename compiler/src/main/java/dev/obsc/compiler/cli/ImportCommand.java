package dev.obsc.compiler.cli;

import dev.obsc.compiler.CompileResult;
import dev.obsc.compiler.Compiler;
import dev.obsc.compiler.diagnostics.Diagnostics;
import dev.obsc.compiler.emit.OutputFile;
import dev.obsc.compiler.imports.JavaDefinitionsPrinter;
import dev.obsc.compiler.imports.SpecImporter;
import dev.obsc.compiler.write.AtomicWriter;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code obsc import FILE... (--out DIR | --java)}: imports Sloth and OpenSLO specs, compiles them
 * like declared SLOs (every check applies; diagnostics name the spec's file:line) and writes the
 * rules, rule tests and dashboards under DIR, or prints the equivalent Java definitions. Nothing is
 * written when anything is wrong.
 */
final class ImportCommand {
    /** What an import writes: the SLOs' rules and tests, and their dashboards; no routing of its own. */
    private static final List<String> WRITTEN = List.of("prometheus/", "grafana/");

    private final PrintStream out;
    private final PrintStream err;

    ImportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) throws UsageException {
        List<Path> files = new ArrayList<>();
        Optional<Path> outDir = Optional.empty();
        boolean java = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--java")) {
                java = true;
            } else if (arg.equals("--out")) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("option --out needs a value; see obsc --help");
                }
                outDir = Optional.of(Path.of(args.get(++i)));
            } else if (arg.startsWith("--")) {
                throw new UsageException("unknown option '" + arg + "' for import; see obsc --help");
            } else {
                files.add(Path.of(arg));
            }
        }
        if (files.isEmpty()) {
            throw new UsageException("import needs at least one spec file; see obsc --help");
        }
        if (java == outDir.isPresent()) {
            throw new UsageException("import needs exactly one of --out DIR and --java; see obsc --help");
        }
        if (outDir.isPresent()) {
            refuseForeignContent(outDir.get());
        }
        Diagnostics diagnostics = new Diagnostics();
        SpecImporter.Imported imported;
        try {
            imported = SpecImporter.read(files, diagnostics);
        } catch (IOException e) {
            throw new UsageException("cannot read " + e.getMessage(), e);
        }
        if (diagnostics.hasErrors()) {
            return failed(diagnostics);
        }
        CompileResult result = Compiler.compile(imported.model());
        diagnostics.addAll(result.diagnostics());
        if (result.hasErrors()) {
            return failed(diagnostics);
        }
        Obsc.report(err, diagnostics.sorted());
        if (java) {
            out.print(JavaDefinitionsPrinter.print(imported));
            return Obsc.OK;
        }
        List<OutputFile> written = result.files().stream()
                .filter(f -> WRITTEN.stream().anyMatch(prefix -> f.path().startsWith(prefix))).toList();
        try {
            AtomicWriter.write(outDir.get(), written);
        } catch (IOException e) {
            throw new UsageException("cannot write " + outDir.get() + ": " + e.getMessage(), e);
        }
        out.println("obsc: imported " + imported.slos().size() + " SLO(s) from " + files.size() + " file(s); wrote "
                + written.size() + " files to " + outDir.get());
        return Obsc.OK;
    }

    /**
     * The import replaces DIR as a whole (atomically, like generate), so a DIR holding anything an
     * import does not write (a project's generated/, a repository) would lose it: refuse before work.
     */
    private static void refuseForeignContent(Path dir) throws UsageException {
        if (!Files.isDirectory(dir)) {
            if (Files.exists(dir)) {
                throw new UsageException("--out " + dir + " is a file; name a new directory or an earlier import's");
            }
            return;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            List<String> foreign = entries.map(p -> p.getFileName().toString() + (Files.isDirectory(p) ? "/" : ""))
                    .filter(name -> !WRITTEN.contains(name)).sorted().toList();
            if (!foreign.isEmpty()) {
                throw new UsageException("--out " + dir + " holds " + foreign + ", which import did not write;"
                        + " import replaces the directory as a whole, so name a new directory or an earlier import's");
            }
        } catch (IOException e) {
            throw new UsageException("cannot read " + dir + ": " + e.getMessage(), e);
        }
    }

    private int failed(Diagnostics diagnostics) {
        Obsc.report(err, diagnostics.sorted());
        err.println("obsc: " + Obsc.summary(diagnostics.sorted()) + "; nothing was written");
        return Obsc.DEFINITION_ERRORS;
    }
}
