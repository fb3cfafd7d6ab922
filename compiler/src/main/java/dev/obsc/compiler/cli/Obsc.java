package dev.obsc.compiler.cli;

import dev.obsc.compiler.CompileResult;
import dev.obsc.compiler.Compiler;
import dev.obsc.compiler.Timings;
import dev.obsc.compiler.diagnostics.Diagnostic;
import dev.obsc.compiler.write.AtomicWriter;
import dev.obsc.dsl.Definitions;
import dev.obsc.model.MonitoringModel;
import dev.obsc.model.SourcePosition;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code obsc} command line. Exit codes: 0 success, 1 problems in the definitions, 2 usage or I/O errors. */
public final class Obsc {
    static final int OK = 0;
    static final int DEFINITION_ERRORS = 1;
    static final int USAGE = 2;

    private static final String HELP = """
            obsc - compiles monitoring definitions into Prometheus rules, Alertmanager config and
            Grafana dashboards.

            Usage:
              obsc generate [options]   compile, verify and write every output file
              obsc check [options]      compile and verify; write nothing
              obsc promql [--catalog] [options] [EXPR...]
                                        print each expression's canonical form or its
                                        diagnostics (expressions from standard input, one a
                                        line, when none are given); --catalog also checks
                                        them against the definitions' metrics and rules
              obsc import FILE... (--out DIR | --java)
                                        read Sloth (prometheus/v1) and OpenSLO v1 SLO specs and
                                        compile them into rules, rule tests and dashboards under
                                        DIR; --java prints them as Java definitions instead
              obsc --help               show this help

            Options:
              --definitions PATH   class path (directories or jars, separated by '%s') holding the
                                   compiled definitions (default: definitions/target/classes)
              --class NAME         the Definitions class to compile; default: the one registered in
                                   META-INF/services/dev.obsc.dsl.Definitions
              --source-root DIR    where definition sources live, to print diagnostics as paths an
                                   editor opens (repeatable; default: definitions/src/main/java)
              --out DIR            output directory for generate (default: generated)
              --timings            print each stage's wall time (define, slo, analysis, lowering,
                                   emit, verify, write) to standard error

            Exit codes: 0 success (warnings may be printed), 1 problems in the definitions
            (nothing is written), 2 usage or I/O errors.
            """.formatted(java.io.File.pathSeparator);

    private final PrintStream out;
    private final PrintStream err;

    Obsc(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new Obsc(System.out, System.err).run(args));
    }

    int run(String[] args) {
        try {
            return dispatch(List.of(args));
        } catch (UsageException e) {
            err.println("obsc: " + e.getMessage());
            return USAGE;
        }
    }

    private int dispatch(List<String> args) throws UsageException {
        if (args.isEmpty() || args.contains("--help") || args.contains("-h") || args.get(0).equals("help")) {
            out.print(HELP);
            return args.isEmpty() ? USAGE : OK;
        }
        String command = args.get(0);
        if (command.equals("promql")) {
            return promql(args.subList(1, args.size()));
        }
        if (command.equals("import")) {
            return new ImportCommand(out, err).run(args.subList(1, args.size()));
        }
        Options options = Options.parse(args.subList(1, args.size()));
        return switch (command) {
            case "generate" -> compile(options, true);
            case "check" -> compile(options, false);
            default -> throw new UsageException("unknown command '" + command + "'; see obsc --help");
        };
    }

    private int compile(Options options, boolean write) throws UsageException {
        Timings timings = new Timings();
        Definitions definitions = DefinitionsLoader.load(options.definitions, options.className);
        MonitoringModel model;
        try {
            model = timings.time("define", definitions::define);
        } catch (RuntimeException e) {
            // The definitions' own code failed: that is a problem in the definitions, at the
            // definitions' frame nearest to the failure.
            err.println(locate(e) + ": error[DEF001]: the definitions threw " + e);
            return DEFINITION_ERRORS;
        }
        CompileResult result = Compiler.compile(model, timings);
        report(result.diagnostics(), options.sourceRoots);
        if (result.hasErrors()) {
            err.println("obsc: " + count(result.diagnostics(), true) + " error(s), "
                    + count(result.diagnostics(), false) + " warning(s); nothing was written");
            return DEFINITION_ERRORS;
        }
        if (write) {
            try {
                timings.timeStep("write", () -> AtomicWriter.write(options.out, result.files()));
            } catch (IOException e) {
                throw new UsageException("cannot write " + options.out + ": " + e.getMessage(), e);
            }
            out.println("obsc: wrote " + result.files().size() + " files to " + options.out);
        } else {
            out.println("obsc: " + result.files().size() + " files compiled and verified; nothing written");
        }
        if (options.timings) {
            err.println("obsc: timings: " + timings.summary());
        }
        return OK;
    }

    private int promql(List<String> args) throws UsageException {
        boolean withCatalog = false;
        List<String> optionArgs = new ArrayList<>();
        List<String> expressions = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--catalog")) {
                withCatalog = true;
            } else if (arg.startsWith("--")) {
                optionArgs.add(arg);
                if (i + 1 < args.size()) {
                    optionArgs.add(args.get(++i));
                }
            } else {
                expressions.add(arg);
            }
        }
        Options options = Options.parse(optionArgs);
        if (expressions.isEmpty()) {
            try {
                expressions = PromQLCommand.readLines(new java.io.BufferedReader(
                        new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UsageException("cannot read standard input: " + e.getMessage(), e);
            }
        }
        Optional<dev.obsc.compiler.promql.SeriesCatalog> catalog = Optional.empty();
        if (withCatalog) {
            MonitoringModel declared = DefinitionsLoader.load(options.definitions, options.className).define();
            var ignored = new dev.obsc.compiler.diagnostics.Diagnostics();
            // The series SLOs record are part of the catalog too.
            MonitoringModel model = dev.obsc.compiler.slo.SloExpansion.expand(declared, ignored);
            catalog = Optional.of(dev.obsc.compiler.analysis.Analyzer.analyze(model, ignored).catalog());
        }
        return new PromQLCommand(out, err).run(expressions, catalog) ? DEFINITION_ERRORS : OK;
    }

    static void report(PrintStream err, List<Diagnostic> diagnostics) {
        diagnostics.forEach(d -> err.println(d.format()));
    }

    static String summary(List<Diagnostic> diagnostics) {
        return count(diagnostics, true) + " error(s), " + count(diagnostics, false) + " warning(s)";
    }

    private void report(List<Diagnostic> diagnostics, List<Path> sourceRoots) {
        for (Diagnostic d : diagnostics) {
            Diagnostic shown = new Diagnostic(d.level(), d.code(), d.message(), resolve(d.position(), sourceRoots));
            err.println(shown.format());
        }
    }

    /** Prefixes the source root under which the definition's file exists, so editors can open it. */
    private static SourcePosition resolve(SourcePosition position, List<Path> sourceRoots) {
        for (Path root : sourceRoots) {
            Path candidate = root.resolve(position.file());
            if (Files.isRegularFile(candidate)) {
                return new SourcePosition(candidate.toString().replace('\\', '/'), position.line());
            }
        }
        return position;
    }

    private static String locate(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (!frame.getClassName().startsWith("dev.obsc.") && !frame.getClassName().startsWith("java.")) {
                String pkg = frame.getClassName().contains(".")
                        ? frame.getClassName().substring(0, frame.getClassName().lastIndexOf('.')).replace('.', '/') + "/"
                        : "";
                return pkg + frame.getFileName() + ":" + frame.getLineNumber();
            }
        }
        return "<definitions>";
    }

    private static long count(List<Diagnostic> diagnostics, boolean errors) {
        return diagnostics.stream().filter(d -> d.isError() == errors).count();
    }

    /** Parsed options shared by generate and check. */
    private static final class Options {
        String definitions = "definitions/target/classes";
        Optional<String> className = Optional.empty();
        final List<Path> sourceRoots = new ArrayList<>();
        Path out = Path.of("generated");
        boolean timings;

        static Options parse(List<String> args) throws UsageException {
            Options options = new Options();
            for (int i = 0; i < args.size(); i++) {
                String flag = args.get(i);
                if (flag.equals("--timings")) {
                    options.timings = true;
                    continue;
                }
                if (i + 1 >= args.size()) {
                    throw new UsageException("option " + flag + " needs a value; see obsc --help");
                }
                String value = args.get(++i);
                switch (flag) {
                    case "--definitions" -> options.definitions = value;
                    case "--class" -> options.className = Optional.of(value);
                    case "--source-root" -> options.sourceRoots.add(Path.of(value));
                    case "--out" -> options.out = Path.of(value);
                    default -> throw new UsageException("unknown option '" + flag + "'; see obsc --help");
                }
            }
            if (options.sourceRoots.isEmpty()) {
                options.sourceRoots.add(Path.of("definitions/src/main/java"));
            }
            return options;
        }
    }
}
