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
import org.abs2bib.dump.DumpFormat;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.net.URI;
import java.time.Duration;
import org.abs2bib.bib.Reference;
import org.abs2bib.dump.Paper;
import org.abs2bib.lookup.ArxivCache;
import org.abs2bib.pipeline.StreamPlan;
import org.abs2bib.lookup.ArxivClient;
import org.abs2bib.lookup.LookupOptions;
import org.abs2bib.lookup.LookupReport;
import org.abs2bib.lookup.Match;
import org.abs2bib.tag.TagOptions;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.abs2bib.MergePlan;
import org.abs2bib.write.JabRefGroups;
import org.abs2bib.write.Library;
import org.abs2bib.write.LibraryException;
import org.abs2bib.write.OutputFormat;
import org.abs2bib.tag.TagSource;
import org.abs2bib.tag.Vocabulary;
import org.abs2bib.tag.VocabularyException;
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

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "bibtex (default), biblatex (@online, date, eprinttype) or csl-json (Zotero, Pandoc).")
    String format = "bibtex";

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

    @Option(names = "--tags", paramLabel = "LIST", split = ",",
            description = "Tag sources, comma-separated: vocab (topic vocabulary), phrases (keyphrases), arxiv "
                    + "(categories, after a lookup); 'none' for no keywords (default: ${DEFAULT-VALUE}).")
    List<String> tagSources = List.of("vocab", "phrases", "arxiv");

    @Option(names = "--max-tags", paramLabel = "N", description = "At most N tags an entry (default: ${DEFAULT-VALUE}).")
    int maxTags = TagOptions.DEFAULT.maxTags();

    @Option(names = "--max-keyphrases", paramLabel = "N",
            description = "At most N of them statistical keyphrases (default: ${DEFAULT-VALUE}).")
    int maxPhrases = TagOptions.DEFAULT.maxPhrases();

    @Option(names = "--max-tag-coverage", paramLabel = "SHARE",
            description = "Drop a tag found on more than this share of a dump of 20+ papers, except where the "
                    + "paper's title names it (default: ${DEFAULT-VALUE}).")
    double maxCoverage = TagOptions.DEFAULT.maxCoverage();

    @Option(names = "--vocabulary", paramLabel = "FILE",
            description = "Your topic vocabulary (tab-separated: tag, aliases separated by |, optional parent); it "
                    + "extends the default one.")
    Path vocabularyFile;

    @Option(names = "--replace-vocabulary", description = "Use --vocabulary instead of the default vocabulary.")
    boolean replaceVocabulary;

    @Option(names = "--tag-hierarchy",
            description = "Write vocabulary tags with their parents (fine-tuning > LoRA) for JabRef's nested groups.")
    boolean tagHierarchy;

    @Option(names = "--keyphrases", paramLabel = "N",
            description = "Instead of BibTeX, write each paper's top N keyphrases as JSON lines (for evaluation).")
    Integer keyphrases;

    @Option(names = "--arxiv", description = "Ask arXiv for authors, year, eprint id, category and DOI (one request "
            + "every 3 s, many titles a request; answers cached).")
    boolean arxiv;

    @Option(names = "--arxiv-url", paramLabel = "URL", description = "arXiv API endpoint (default: ${DEFAULT-VALUE}).")
    URI arxivUrl = ArxivClient.Settings.ARXIV;

    @Option(names = "--arxiv-delay", paramLabel = "SECONDS",
            description = "Seconds between two requests (default: ${DEFAULT-VALUE}, arXiv's terms; lower only for "
                    + "a server of your own).")
    double arxivDelay = 3;

    @Option(names = "--arxiv-timeout", paramLabel = "SECONDS",
            description = "Seconds to wait for an answer before trying again (default: ${DEFAULT-VALUE}).")
    double arxivTimeout = 60;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Keep arXiv's answers in DIR (default: $XDG_CACHE_HOME/abs2bib or ~/.cache/abs2bib).")
    Path cacheDir;

    @Option(names = "--no-cache", description = "Neither read nor write the cache.")
    boolean noCache;

    @Option(names = "--offline", description = "With --arxiv: answer from the cache only, make no request.")
    boolean offline;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Also write a JSON report: papers, entries, matched and unmatched papers with their lines "
                    + "and reasons, requests, cache hits, retries, warnings.")
    Path report;

    @Option(names = "--merge", paramLabel = "LIBRARY",
            description = "Add the papers to an existing .bib file (in place, atomically; or to -o): papers it "
                    + "already has are left out, every byte of it is kept.")
    Path merge;

    @Option(names = "--backup", description = "With --merge: first copy the library to LIBRARY.<time>.bak.")
    boolean backup;

    @Option(names = "--duplicates", paramLabel = "MODE",
            description = "A paper pasted twice: merge (default: one entry, reported) or keep (two entries).")
    String duplicates = "merge";

    @Option(names = "--jabref-groups",
            description = "Append a JabRef group tree built from the tags (nested by the vocabulary's parents).")
    boolean jabrefGroups;

    @Option(names = {"-q", "--quiet"}, description = "Print no summary; warnings and errors still go to stderr.")
    boolean quiet;

    @Option(names = "--verbose", description = "List every piece of the input that was not read as a paper; print a "
            + "stack trace with an unexpected error.")
    boolean verbose;

    /**
     * Streaming reads the input twice and tags it twice: slower, so only worth it where memory matters. Below this
     * many bytes of input the in-memory conversion's footprint is small anyway (measured: 10k papers, 13 MB, fit a
     * 128 MB heap with every tag source).
     */
    static final long STREAM_ABOVE = 16_000_000;

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

    private TagOptions tagOptions() throws UserError, IOException {
        Vocabulary vocabulary = Vocabulary.defaults();
        if (vocabularyFile != null) {
            if (!Files.isRegularFile(vocabularyFile)) {
                throw new UserError(vocabularyFile + ": no such vocabulary file");
            }
            try (Reader r = Files.newBufferedReader(vocabularyFile, StandardCharsets.UTF_8)) {
                vocabulary = Vocabulary.parse(r, vocabularyFile.toString(),
                        replaceVocabulary ? Vocabulary.empty() : vocabulary);
            } catch (VocabularyException e) {
                throw new UserError(e.getMessage());
            } catch (CharacterCodingException e) {
                throw new UserError(vocabularyFile + ": not valid UTF-8; save the vocabulary as UTF-8");
            }
        } else if (replaceVocabulary) {
            throw new IllegalArgumentException("--replace-vocabulary needs --vocabulary FILE");
        }
        return TagOptions.DEFAULT.withSources(TagSource.parse(String.join(",", tagSources))).withVocabulary(vocabulary)
                .withMaxTags(maxTags).withMaxPhrases(maxPhrases).withMaxCoverage(maxCoverage)
                .withHierarchy(tagHierarchy);
    }

    private boolean duplicatesMode() {
        return switch (duplicates) {
            case "merge" -> true;
            case "keep" -> false;
            default -> throw new IllegalArgumentException("--duplicates takes merge or keep, not " + duplicates);
        };
    }

    private LookupOptions lookupOptions() {
        if ((offline || noCache || cacheDir != null) && !arxiv) {
            throw new IllegalArgumentException("--offline, --cache and --no-cache go with --arxiv");
        }
        if (offline && noCache) {
            throw new IllegalArgumentException("--offline answers from the cache, so it cannot go with --no-cache");
        }
        if (!(arxivDelay >= 0 && arxivDelay <= 600) || !(arxivTimeout > 0 && arxivTimeout <= 3600)) {
            throw new IllegalArgumentException("--arxiv-delay takes 0 to 600 seconds, --arxiv-timeout 0 to 3600");
        }
        ArxivClient.Settings client = ArxivClient.Settings.defaults(Abs2Bib.userAgent()).withEndpoint(arxivUrl)
                .withMinInterval(Duration.ofMillis(Math.round(arxivDelay * 1000)))
                .withResponseTimeout(Duration.ofMillis(Math.round(arxivTimeout * 1000)));
        return LookupOptions.off(Abs2Bib.userAgent()).withEnabled(arxiv).withClient(client).withOffline(offline)
                .withCacheDirectory(noCache ? null : cacheDir != null ? cacheDir : ArxivCache.defaultDirectory());
    }

    private int convert() throws UserError, DumpException, IOException {
        Options options = Options.DEFAULT.withKeyPattern(keyPattern)
                .withKeyPatternWithoutAuthors(keyPatternWithoutAuthors).withAsciiOnly(latexAccents).withAlign(align)
                .withKeywordSeparator(keywordSeparator).withTags(tagOptions()).withLookup(lookupOptions())
                .withFormat(OutputFormat.parse(format)).withMergeDuplicates(duplicatesMode());
        if (merge != null) {
            return mergeInto(options);
        }
        if (backup) {
            throw new IllegalArgumentException("--backup goes with --merge");
        }
        boolean toFile = !output.equals("-");
        Path outPath = toFile ? Path.of(output) : null;
        if (toFile) {
            if (Inputs.isInput(outPath, files)) {
                throw new UserError(output + ": is an input file; abs2bib never overwrites its input");
            }
            Output.check(outPath, force);
        }
        if (report != null) {
            Output.check(report, force);
        }
        Abs2Bib abs2bib = new Abs2Bib(options);
        if (keyphrases == null && !arxiv && report == null && !jabrefGroups && Inputs.allFiles(files)
                && Inputs.totalSize(files) > STREAM_ABOVE) {
            // large files, which can be read twice: stream them, in memory that does not grow with the dump
            Optional<StreamPlan> plan = abs2bib.stream(files.stream().map(Path::of).toList());
            if (plan.isPresent()) {
                try (StreamPlan streaming = plan.get()) {
                    return writeStreaming(abs2bib, streaming, outPath);
                }
            }
        }
        waitingHint();
        List<Dump> dumps = Inputs.read(files, stdin);
        if (keyphrases != null) {
            return listKeyphrases(dumps, outPath);
        }
        Progress progress = new Progress(stderr, arxiv && !quiet && System.console() != null,
                dumps.stream().mapToInt(d -> d.papers().size()).sum());
        progress.sayOnInterrupt();
        Conversion conversion;
        try {
            conversion = abs2bib.convert(dumps, progress);
        } finally {
            progress.done(); // an error is not an interruption: the hook says nothing then
        }
        printWarnings(conversion.warnings());
        conversion.lookup().ifPresent(l -> l.warnings().forEach(w -> stderr.println("abs2bib: warning: " + w)));
        Output.to(outPath, stdout, out -> abs2bib.write(conversion, out, jabrefGroups));
        if (report != null) {
            Output.atomically(report, out -> Report.write(conversion, dumps, out));
        }
        if (!quiet) {
            summary(dumps, conversion);
        }
        if (conversion.lookup().map(LookupReport::nothingReached).orElse(false)) {
            return 3; // the file is written, without what was asked of arXiv: a script must not take it for done
        }
        return 0;
    }

    private int writeStreaming(Abs2Bib abs2bib, StreamPlan plan, Path outPath) throws IOException {
        printWarnings(plan.warnings());
        Output.Body body = out -> {
            try {
                abs2bib.write(plan, out);
            } catch (DumpException e) {
                throw new IOException(e.located() + " (the file changed while abs2bib read it; run again)", e);
            }
        };
        Output.to(outPath, stdout, body);
        if (!quiet) {
            plan.inputs().forEach(in -> reportRead(in.source(), in.papers(), in.format()));
            reportWritten(plan.entries());
        }
        return 0;
    }

    /** {@code --merge}: the library is read, planned against and replaced whole, or left exactly as it was. */
    private int mergeInto(Options options) throws UserError, DumpException, IOException {
        Path library = merge;
        Path target = output.equals("-") ? library : Path.of(output);
        if (!target.equals(library)) {
            Output.check(target, force);
        }
        if (Inputs.isInput(library, files)) {
            throw new UserError(library + ": is an input file; abs2bib never overwrites its input");
        }
        Library lib;
        try {
            lib = Library.read(library);
        } catch (LibraryException e) {
            throw new UserError(e.getMessage());
        }
        FileTime stamp = Files.getLastModifiedTime(library);
        Abs2Bib abs2bib = new Abs2Bib(options);
        List<Dump> dumps = Inputs.read(files, stdin);
        Conversion conversion = abs2bib.convert(dumps);
        printWarnings(conversion.warnings());
        MergePlan plan = abs2bib.mergeInto(lib, conversion);
        byte[] bytes = plan.library();
        if (bytes != null && jabrefGroups) {
            if (lib.hasGroups()) {
                stderr.println("abs2bib: warning: " + library + " has JabRef groups of its own; they are left as they "
                        + "are and no groups are added");
            } else {
                bytes = concat(bytes, JabRefGroups.comments(plan.added(), options.tags().vocabulary(),
                        !lib.hasDatabaseType()));
            }
        }
        if (verbose) { // one line a paper: the summary below counts them, --verbose names them
            plan.skipped().forEach(line -> stderr.println("abs2bib:   " + line));
        }
        if (bytes == null && target.equals(library)) {
            if (!quiet) {
                int n = conversion.references().size();
                stderr.printf("abs2bib: nothing to add: %s already in %s, which is left untouched%n",
                        n == 1 ? "the paper is" : "all " + n + " papers are", library);
            }
            return 0;
        }
        byte[] result = bytes != null ? bytes : Files.readAllBytes(library);
        if (!Files.getLastModifiedTime(library).equals(stamp)) {
            throw new UserError(library + ": changed on disk while abs2bib ran (is it open in JabRef?); nothing "
                    + "written, run again");
        }
        if (backup && target.equals(library)) {
            Path copy = library.resolveSibling(library.getFileName() + "."
                    + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(LocalDateTime.now()) + ".bak");
            Files.copy(library, copy, StandardCopyOption.COPY_ATTRIBUTES);
            if (!quiet) {
                stderr.println("abs2bib: backup of " + library + " in " + copy);
            }
        }
        Output.writeAtomically(target, out -> out.write(result));
        if (!quiet) {
            stderr.printf("abs2bib: added %s to %s; %s already there%s%n",
                    Messages.count(plan.added().size(), "entry", "entries"), target,
                    Messages.count(plan.skipped().size(), "paper was", "papers were"),
                    plan.skipped().isEmpty() || verbose ? "" : " (--verbose lists them)");
        }
        return 0;
    }

    private static byte[] concat(byte[] a, String b) {
        byte[] tail = b.getBytes(StandardCharsets.UTF_8);
        byte[] out = java.util.Arrays.copyOf(a, a.length + tail.length);
        System.arraycopy(tail, 0, out, a.length, tail.length);
        return out;
    }

    private int listKeyphrases(List<Dump> dumps, Path outPath) throws IOException {
        if (keyphrases < 1) {
            throw new IllegalArgumentException("--keyphrases needs a number of at least 1");
        }
        List<List<String>> phrases = Abs2Bib.keyphrases(dumps, keyphrases);
        ObjectMapper json = new ObjectMapper();
        Output.Body body = out -> {
            int k = 0;
            for (Dump d : dumps) {
                for (Paper p : d.papers()) {
                    ObjectNode line = json.createObjectNode().put("source", d.source()).put("line", p.line())
                            .put("title", p.title());
                    phrases.get(k++).forEach(line.putArray("keyphrases")::add);
                    out.write(json.writeValueAsString(line));
                    out.write('\n');
                }
            }
        };
        Output.to(outPath, stdout, body);
        return 0;
    }

    /** Reading a terminal's standard input would look like a hang: say what abs2bib waits for. */
    private void waitingHint() {
        boolean fromStdin = files.isEmpty() || files.contains(Inputs.STDIN);
        if (fromStdin && stdin == System.in && System.console() != null) {
            stderr.println("abs2bib: reading a paper list from standard input: paste it, then press Ctrl-D "
                    + "(Ctrl-Z, Enter on Windows); or give a file: abs2bib papers.txt -o papers.bib");
        }
    }

    /**
     * Warnings to standard error. Text the reader did not place (page chrome it did not know, remarks in a chat) is
     * counted, and listed line by line with --verbose (and always in --report): a paste of a whole page has dozens.
     */
    private void printWarnings(List<Diagnostic> warnings) {
        long unplaced = 0;
        for (Diagnostic w : warnings) {
            if (w.isUnplaced() && !verbose) {
                unplaced++;
            } else {
                printWarning(w);
            }
        }
        if (unplaced > 0 && !quiet) {
            stderr.printf("abs2bib: %s of the input not read as papers (page text, remarks, headings); "
                    + "--verbose lists them%n", Messages.count(unplaced, "piece"));
        }
    }

    private void printWarning(Diagnostic w) {
        if (!w.isUnplaced() || verbose) {
            stderr.println("abs2bib: warning: " + w);
        }
    }

    private void reportRead(String source, int papers, DumpFormat format) {
        stderr.printf("abs2bib: %s: %s read (%s)%n", source, Messages.count(papers, "paper"),
                format.description());
    }

    private void reportWritten(int entries) {
        stderr.printf("abs2bib: %s written to %s%n", Messages.count(entries, "entry", "entries"),
                output.equals("-") ? "standard output" : output);
    }

    private void summary(List<Dump> dumps, Conversion conversion) {
        dumps.forEach(d -> reportRead(d.source(), d.papers().size(), d.format()));
        reportWritten(conversion.references().size());
        conversion.lookup().ifPresent(l -> {
            stderr.printf("abs2bib: arXiv: %d of %s matched; %s (%s), %s%n", l.matched(),
                    Messages.count(l.matches().size(), "paper"), Messages.count(l.requests(), "request"),
                    Messages.count(l.retries(), "retry", "retries"), Messages.count(l.cacheHits(), "cache hit"));
            List<Reference> refs = conversion.references();
            int shown = 0;
            for (int k = 0; k < refs.size(); k++) {
                Match m = l.matches().get(k);
                if (!m.matched() && !l.nothingReached() && shown++ < 20) { // unreachable: one line said it all
                    stderr.printf("abs2bib:   unmatched %s:%d: %s%n", refs.get(k).source(), refs.get(k).line(),
                            m.reason());
                }
            }
            if (shown > 20) {
                stderr.printf("abs2bib:   … and %d more unmatched (see --report)%n", shown - 20);
            }
        });
    }
}
