package org.abs2bib.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.abs2bib.Abs2Bib;
import org.abs2bib.Conversion;
import org.abs2bib.Options;
import org.abs2bib.dump.Diagnostic;
import org.abs2bib.dump.Dump;
import org.abs2bib.dump.DumpException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code abs2bib} command: options and reporting around the library's facade, nothing more. */
@Command(name = "abs2bib", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        usageHelpAutoWidth = true,
        description = "Turns an abstract dump (paper titles, each followed by its abstract, as copied from a "
                + "trending-papers page, an arXiv listing or a reading list) into BibTeX entries.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the input or output could not be used (message on stderr)",
                "2:usage error (an unknown option or a bad value)"})
public final class Main implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "Dump files to read; '-' or none reads standard input.")
    List<String> files = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (atomically) instead of standard output; '-' is standard output.")
    String output = "-";

    @Option(names = "--force", description = "Overwrite an existing output file.")
    boolean force;

    @Option(names = "--key-pattern", paramLabel = "PATTERN",
            description = "Citation-key pattern in JabRef's language (default: ${DEFAULT-VALUE}).")
    String keyPattern = Options.DEFAULT.keyPattern().toString();

    @Option(names = "--key-pattern-without-authors", paramLabel = "PATTERN",
            description = "Key pattern while authors are unknown (default: ${DEFAULT-VALUE}: the name before the "
                    + "title's colon, else its first three significant words).")
    String keyPatternWithoutAuthors = Options.DEFAULT.keyPatternWithoutAuthors().toString();

    @Option(names = "--latex-accents",
            description = "Write non-ASCII letters as LaTeX accents ({\\\"u}) for classic 8-bit BibTeX; default UTF-8.")
    boolean latexAccents;

    @Option(names = "--align", paramLabel = "N",
            description = "Pad field names so '=' lines up after column N (default: ${DEFAULT-VALUE}).")
    int align = Options.DEFAULT.align();

    @Option(names = "--keyword-separator", paramLabel = "SEP",
            description = "Separator between keywords (default: '${DEFAULT-VALUE}', as JabRef).")
    String keywordSeparator = Options.DEFAULT.keywordSeparator();

    @Option(names = {"-q", "--quiet"}, description = "Print no summary; warnings and errors still go to stderr.")
    boolean quiet;

    @Option(names = "--verbose", description = "Print a stack trace with an unexpected error.")
    boolean verbose;

    private final InputStream stdin;
    private final PrintStream stdout;
    private final PrintStream stderr;

    Main(InputStream stdin, PrintStream stdout, PrintStream stderr) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /** Runs the command as {@code main} would, returning the exit code; tests call this in-process. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new Main(in, out, err));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("abs2bib: " + e.getMessage());
            err.println("Try 'abs2bib --help' for the options.");
            return CommandLine.ExitCode.USAGE;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        try {
            return convert();
        } catch (UserError e) {
            stderr.println("abs2bib: " + e.getMessage());
            return 1;
        } catch (DumpException e) {
            stderr.println("abs2bib: " + e.located());
            return 1;
        } catch (IllegalArgumentException e) {
            stderr.println("abs2bib: " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
        } catch (IOException | UncheckedIOException e) {
            stderr.println("abs2bib: " + e.getMessage());
            if (verbose) {
                e.printStackTrace(stderr);
            }
            return 1;
        } catch (RuntimeException e) {
            stderr.println("abs2bib: internal error: " + e + (verbose ? "" : " (run with --verbose for details)"));
            if (verbose) {
                e.printStackTrace(stderr);
            }
            return 1;
        }
    }

    private int convert() throws UserError, DumpException, IOException {
        Options options = Options.DEFAULT.withKeyPattern(keyPattern)
                .withKeyPatternWithoutAuthors(keyPatternWithoutAuthors).withAsciiOnly(latexAccents).withAlign(align)
                .withKeywordSeparator(keywordSeparator);
        boolean toFile = !output.equals("-");
        Path outPath = toFile ? Path.of(output) : null;
        if (toFile) {
            if (Inputs.isInput(outPath, files)) {
                throw new UserError(output + ": is an input file; abs2bib never overwrites its input");
            }
            Output.check(outPath, force);
        }
        Abs2Bib abs2bib = new Abs2Bib(options);
        List<Dump> dumps = Inputs.read(files, stdin);
        Conversion conversion = abs2bib.convert(dumps);
        for (Diagnostic w : conversion.warnings()) {
            stderr.println("abs2bib: warning: " + w);
        }
        if (toFile) {
            Output.atomically(outPath, out -> abs2bib.write(conversion, out));
        } else {
            Output.toStream(stdout, out -> abs2bib.write(conversion, out));
        }
        if (!quiet) {
            summary(dumps, conversion);
        }
        return 0;
    }

    private void summary(List<Dump> dumps, Conversion conversion) {
        for (Dump d : dumps) {
            stderr.printf("abs2bib: %s: %d papers read (%s)%n", d.source(), d.papers().size(),
                    d.format().description());
        }
        stderr.printf("abs2bib: %d entries written to %s%n", conversion.references().size(),
                output.equals("-") ? "standard output" : output);
    }
}
