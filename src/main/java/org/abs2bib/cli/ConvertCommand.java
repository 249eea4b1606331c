package org.abs2bib.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.abs2bib.Abs2Bib;
import org.abs2bib.Conversion;
import org.abs2bib.Options;
import org.abs2bib.dump.Dump;
import org.abs2bib.dump.DumpException;
import org.abs2bib.lookup.LookupReport;
import org.abs2bib.pipeline.StreamPlan;

/** The main job: dumps in, one output file (or standard output) out, with an optional JSON report. */
final class ConvertCommand {
    /**
     * Streaming reads the input twice and tags it twice: slower, so only worth it where memory matters. Below this
     * many bytes of input the in-memory conversion's footprint is small anyway (measured: 10k papers, 13 MB, fit a
     * 128 MB heap with every tag source).
     */
    static final long STREAM_ABOVE = 16_000_000;

    /** {@link #STREAM_ABOVE}, or the system property {@code abs2bib.streamAbove} (tests stream small files with it). */
    static long streamAbove() {
        return Long.getLong("abs2bib.streamAbove", STREAM_ABOVE);
    }

    private final Flags flags;
    private final InputStream stdin;
    private final PrintStream stdout;
    private final PrintStream stderr;
    private final Messages messages;

    ConvertCommand(Flags flags, InputStream stdin, PrintStream stdout, PrintStream stderr, Messages messages) {
        this.flags = flags;
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
        this.messages = messages;
    }

    /** Converts; {@code outPath} null is standard output. Returns the exit code. */
    int run(Options options, Path outPath) throws UserError, DumpException, IOException {
        Abs2Bib abs2bib = new Abs2Bib(options);
        if (!flags.arxiv && !flags.published && Inputs.allFiles(flags.files)
                && Inputs.totalSize(flags.files) > streamAbove()) {
            // large files, which can be read twice: stream them, in memory that does not grow with the dump
            messages.detail("large input: converted in two passes over the files, in memory that does not grow "
                    + "with the dump");
            try (StreamPlan streaming = abs2bib.stream(flags.files.stream().map(Path::of).toList())) {
                return writeStreaming(abs2bib, streaming, outPath);
            }
        }
        List<Dump> dumps = Inputs.read(flags.files, stdin);
        Progress progress = new Progress(stderr, flags.arxiv && !flags.quiet && System.console() != null,
                dumps.stream().mapToInt(d -> d.papers().size()).sum());
        progress.sayOnInterrupt();
        Conversion conversion;
        try {
            conversion = abs2bib.convert(dumps, progress);
        } finally {
            progress.done(); // an error is not an interruption: the hook says nothing then
        }
        messages.warnings(conversion.warnings());
        conversion.lookup().ifPresent(l -> l.warnings().forEach(messages::warn));
        conversion.published().ifPresent(p -> p.warnings().forEach(messages::warn));
        Output.to(outPath, stdout, out -> abs2bib.write(conversion, out, flags.jabrefGroups));
        if (flags.report != null) {
            Output.atomically(flags.report, out -> Report.write(conversion, dumps, out));
        }
        messages.summary(dumps, conversion);
        if (conversion.lookup().map(LookupReport::nothingReached).orElse(false)) {
            return 3; // the file is written, without what was asked of arXiv: a script must not take it for done
        }
        return 0;
    }

    private int writeStreaming(Abs2Bib abs2bib, StreamPlan plan, Path outPath) throws IOException {
        messages.warnings(plan.warnings());
        Output.Body body = out -> {
            try {
                abs2bib.write(plan, out, flags.jabrefGroups);
            } catch (DumpException e) {
                throw new IOException(e.located() + " (the file changed while abs2bib read it; run again)", e);
            }
        };
        Output.to(outPath, stdout, body);
        if (flags.report != null) {
            Output.atomically(flags.report, out -> Report.write(plan, out));
        }
        plan.inputs().forEach(in -> messages.read(in.source(), in.papers(), in.format()));
        messages.written(plan.entries());
        return 0;
    }
}
