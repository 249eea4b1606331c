package org.abs2bib.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.abs2bib.Options;
import org.abs2bib.dump.DumpException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The {@code abs2bib} command: parses the flags ({@link Flags}), checks the outputs, hands the job to the command that
 * does it ({@link ConvertCommand}, {@link MergeCommand}, {@link KeyphraseCommand}) and turns what went wrong into a
 * message and an exit code. What it says is in {@link Messages}.
 */
@Command(name = "abs2bib", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        usageHelpAutoWidth = true, customSynopsis = "abs2bib [OPTION...] [FILE...]",
        description = "Turns a pasted list of papers (titles and abstracts, as copied from a trending-papers page, an "
                + "arXiv listing or mail, a Scholar alert, PubMed, a spreadsheet, notes or a chat) into BibTeX, "
                + "BibLaTeX or CSL-JSON entries with keyword tags.",
        exitCodeListHeading = "%nExit codes:%n",
        footerHeading = "%nExamples:%n",
        footer = {"  abs2bib papers.txt -o papers.bib",
            "      a pasted list of papers to BibTeX",
            "  abs2bib --arxiv --published papers.txt -o papers.bib",
            "      with authors, year and ids from arXiv, citing the published versions",
            "  xclip -o | abs2bib > papers.bib        (macOS: pbpaste | abs2bib > papers.bib)",
            "      straight from the clipboard",
            "  abs2bib papers.txt --merge library.bib --backup",
            "      add the new papers to your library, keeping every byte of it",
            "",
            "More in README.md, beside the abs2bib launcher."},
        exitCodeList = {"0:success", "1:the input or output could not be used (message on stderr)",
                "2:usage error (an unknown option or a bad value)",
                "3:written, but arXiv could not be reached (run again when online)",
                "141:the program reading standard output closed it (| head); nothing said"})
public final class Main implements Callable<Integer> {
    /** The status a shell shows for a program stopped by a closed pipe (128 + SIGPIPE), as {@code seq | head} does. */
    static final int READER_GONE = 141;

    @Mixin
    Flags flags = new Flags();

    private final InputStream stdin;
    private final PrintStream stdout;
    private final PrintStream stderr;

    Main(InputStream stdin, PrintStream stdout, PrintStream stderr) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    public static void main(String[] args) {
        if (printedVersionOnly(args, System.out)) {
            System.exit(System.out.checkError() ? 1 : 0);
        }
        System.exit(run(args, System.in, System.out, System.err));
    }

    /**
     * {@code --version} (or {@code -V}) alone needs no option parsing: it is answered before picocli builds its model,
     * which is two thirds of that command's time (README, "Benchmarks"), with the line picocli prints, from the same
     * provider.
     */
    static boolean printedVersionOnly(String[] args, PrintStream out) {
        if (args.length != 1 || !(args[0].equals("--version") || args[0].equals("-V"))) {
            return false;
        }
        for (String line : new Version().getVersion()) {
            out.println(line);
        }
        return true;
    }

    /** Runs the command as {@code main} would, returning the exit code; tests call this in-process. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new Main(in, out, err));
        cli.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST, HelpGroups::render);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("abs2bib: " + e.getMessage());
            if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
                // picocli ranks the options by how close they are to what was typed
                err.println("Did you mean " + String.join(" or ", u.getSuggestions().subList(0,
                        Math.min(3, u.getSuggestions().size()))) + "?");
            }
            err.println("Try 'abs2bib --help' for the options.");
            return CommandLine.ExitCode.USAGE;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        try {
            return dispatch();
        } catch (UserError e) {
            stderr.println("abs2bib: " + e.getMessage());
            return 1;
        } catch (DumpException e) {
            stderr.println("abs2bib: " + e.located());
            return 1;
        } catch (IllegalArgumentException e) {
            stderr.println("abs2bib: " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
        } catch (Output.ReaderGone e) {
            return READER_GONE; // | head has what it wanted: end quietly, as Unix tools do
        } catch (IOException | UncheckedIOException e) {
            stderr.println("abs2bib: " + e.getMessage());
            if (flags.verbose) {
                e.printStackTrace(stderr);
            }
            return 1;
        } catch (RuntimeException e) {
            stderr.println("abs2bib: internal error: " + e + (flags.verbose ? "" : " (run with --verbose for details)"));
            if (flags.verbose) {
                e.printStackTrace(stderr);
            }
            return 1;
        }
    }

    private int dispatch() throws UserError, DumpException, IOException {
        Options options = flags.options();
        Messages messages = new Messages(stderr, flags.quiet, flags.verbose, flags.output);
        if (flags.merge != null) {
            waitingHint();
            return new MergeCommand(flags, stdin, messages).run(options);
        }
        if (flags.backup) {
            throw new IllegalArgumentException("--backup goes with --merge");
        }
        Path outPath = null;
        if (!flags.output.equals("-")) {
            outPath = Path.of(flags.output);
            if (Inputs.isInput(outPath, flags.files)) {
                throw new UserError(flags.output + ": is an input file; abs2bib never overwrites its input");
            }
            Output.check(outPath, flags.force);
        }
        if (flags.report != null) {
            Output.check(flags.report, flags.force);
        }
        waitingHint();
        if (flags.keyphrases != null) {
            return new KeyphraseCommand(flags, stdin, stdout).run(outPath);
        }
        return new ConvertCommand(flags, stdin, stdout, stderr, messages).run(options, outPath);
    }

    /** Reading a terminal's standard input would look like a hang: say what abs2bib waits for. */
    private void waitingHint() {
        boolean fromStdin = flags.files.isEmpty() || flags.files.contains(Inputs.STDIN);
        if (fromStdin && stdin == System.in && System.console() != null) {
            stderr.println("abs2bib: reading a paper list from standard input: paste it, then press Ctrl-D "
                    + "(Ctrl-Z, Enter on Windows); or give a file: abs2bib papers.txt -o papers.bib");
        }
    }
}
