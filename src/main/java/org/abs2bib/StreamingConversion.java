package org.abs2bib;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.abs2bib.bib.Duplicates;
import org.abs2bib.bib.KeyRegistry;
import org.abs2bib.bib.Reference;
import org.abs2bib.bib.ReferenceMapper;
import org.abs2bib.dump.Diagnostic;
import org.abs2bib.dump.DumpException;
import org.abs2bib.dump.DumpFormat;
import org.abs2bib.dump.DumpReader;
import org.abs2bib.dump.LineReader;
import org.abs2bib.dump.Paper;
import org.abs2bib.tag.Tagger;
import org.abs2bib.write.ReferenceWriter;

/**
 * Converts dump files in two passes, holding neither the dump nor the output: the first pass reads every paper
 * once for the dump-wide statistics tags need (and the entry count the header gives), the second reads them again,
 * chooses each paper's tags and key and writes its entry. Memory is the statistics, the keys and a batch of papers,
 * whatever the size of the dump. The output is the same, byte for byte, as {@link Abs2Bib#convert} and
 * {@link Abs2Bib#write} give.
 *
 * <p>What the first pass saw of each paper for its tags (topics, keyphrase candidates, by number) goes to a
 * temporary file, about half the size of the input, which the second pass reads instead of analysing the paper
 * again (analysing is most of the cost of tagging); {@link #close} deletes it.
 *
 * <p>Only for what can be done so: files (read twice), no arXiv lookup. A dump with a paper pasted twice is left to
 * the in-memory conversion ({@link #plan} says so), since merging copies changes a paper after its statistics are
 * counted.
 */
public final class StreamingConversion implements AutoCloseable {
    /** Papers looked at together, on every core. */
    private static final int BATCH = 512;

    /** What one input held. */
    public record Input(String source, int papers, DumpFormat format) {
    }

    private final Abs2Bib abs2bib;
    private final List<Path> files;
    private final Tagger tagger;
    private final Tagger.Corpus corpus;
    private final Path observations;
    private final List<Input> inputs;
    private final List<Diagnostic> warnings;
    private final int entries;
    private final long withoutAuthors;

    private StreamingConversion(Abs2Bib abs2bib, List<Path> files, Tagger tagger, Tagger.Corpus corpus,
                                Path observations, List<Input> inputs, List<Diagnostic> warnings, int entries,
                                long withoutAuthors) {
        this.abs2bib = abs2bib;
        this.files = files;
        this.tagger = tagger;
        this.corpus = corpus;
        this.observations = observations;
        this.inputs = inputs;
        this.warnings = warnings;
        this.entries = entries;
        this.withoutAuthors = withoutAuthors;
    }

    /**
     * The first pass: reads every file, checks it, counts what tags need. Empty when the files hold a paper twice
     * (convert those in memory); a bad file fails here, before anything is written.
     */
    public static Optional<StreamingConversion> plan(Abs2Bib abs2bib, List<Path> files)
            throws IOException, DumpException {
        boolean tagging = !abs2bib.options().tags().sources().isEmpty();
        Path observations = tagging ? Files.createTempFile("abs2bib-", ".observations") : null;
        boolean planned = false;
        try {
            if (observations != null) {
                observations.toFile().deleteOnExit(); // a safety net: close() deletes it
            }
            Optional<StreamingConversion> plan = firstPass(abs2bib, files, observations);
            planned = plan.isPresent();
            return plan;
        } catch (UncheckedIOException e) {
            throw new IOException("cannot write the temporary file " + observations + " (" + e.getCause().getMessage()
                    + "); set java.io.tmpdir to a folder with room", e);
        } finally {
            if (!planned && observations != null) {
                Files.deleteIfExists(observations);
            }
        }
    }

    private static Optional<StreamingConversion> firstPass(Abs2Bib abs2bib, List<Path> files, Path observations)
            throws IOException, DumpException {
        Options options = abs2bib.options();
        Tagger tagger = new Tagger(options.tags());
        Tagger.Corpus corpus = tagger.corpus();
        boolean tagging = observations != null;
        List<Input> inputs = new ArrayList<>();
        List<Diagnostic> warnings = new ArrayList<>();
        Map<String, Reference> seen = new HashMap<>();
        int[] entries = {0};
        long[] withoutAuthors = {0};
        boolean[] duplicate = {false};
        ReferenceMapper mapper = new ReferenceMapper(options.keyPattern(), options.keyPatternWithoutAuthors(),
                new KeyRegistry());
        try (DataOutputStream spill = tagging ? new DataOutputStream(new BufferedOutputStream(
                Files.newOutputStream(observations), 1 << 16)) : null) {
            for (Path file : files) {
                String source = Abs2Bib.fileName(file.toString());
                List<Paper> batch = new ArrayList<>();
                int[] papers = {0};
                Consumer<List<Paper>> count = papersRead -> {
                    // mapped and observed on every core, counted and kept in input order
                    List<Reference> refs = parallel(papersRead, p -> mapper.map(p, source).build());
                    List<Tagger.Observation> observed = tagging
                            ? parallel(refs, r -> tagger.observe(tagInput(r), corpus)) : List.of();
                    for (int k = 0; k < refs.size(); k++) {
                        Reference r = refs.get(k);
                        if (options.mergeDuplicates() && !Duplicates.firstSighting(r, seen)) {
                            duplicate[0] = true;
                        }
                        if (r.authors().isEmpty()) {
                            withoutAuthors[0]++;
                        }
                        if (tagging) {
                            corpus.add(observed.get(k));
                            keep(spill, r.line(), observed.get(k), tagger, corpus);
                        }
                    }
                    entries[0] += refs.size();
                    papersRead.clear();
                };
                DumpFormat format = read(file, paper -> {
                    papers[0]++;
                    batch.add(paper);
                    if (batch.size() == BATCH) {
                        count.accept(batch);
                    }
                }, warnings::add);
                count.accept(batch);
                inputs.add(new Input(file.toString(), papers[0], format));
            }
        }
        if (duplicate[0]) {
            return Optional.empty();
        }
        return Optional.of(new StreamingConversion(abs2bib, files, tagger, corpus, observations, inputs, warnings,
                entries[0], withoutAuthors[0]));
    }

    private static void keep(DataOutputStream spill, int line, Tagger.Observation o, Tagger tagger,
                             Tagger.Corpus corpus) {
        try {
            spill.writeInt(line);
            tagger.write(o, corpus, spill);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code f} of every item, worked out on every core, in the items' order. */
    private static <T, R> List<R> parallel(List<T> items, Function<T, R> f) {
        Object[] out = new Object[items.size()];
        IntStream.range(0, items.size()).parallel().forEach(k -> out[k] = f.apply(items.get(k)));
        @SuppressWarnings("unchecked")
        List<R> result = (List<R>) Arrays.asList(out);
        return result;
    }

    private static Tagger.Input tagInput(Reference r) {
        return Abs2Bib.tagInput(r, r.primaryClass().isEmpty() ? List.of() : List.of(r.primaryClass()));
    }

    private static DumpFormat read(Path file, Consumer<Paper> papers, Consumer<Diagnostic> warnings)
            throws IOException, DumpException {
        try (InputStream in = Files.newInputStream(file)) {
            return DumpReader.stream(LineReader.of(in, file.toString()), file.toString(), papers, warnings);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new IOException(file + ": cannot be read (permission denied)", e);
        } catch (IOException e) {
            throw new IOException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    public List<Input> inputs() {
        return inputs;
    }

    public List<Diagnostic> warnings() {
        return warnings;
    }

    public int entries() {
        return entries;
    }

    /**
     * The second pass: reads the files again and writes every entry as it comes. Each batch is mapped, tagged and
     * formatted on every core; keys are claimed and entries written in input order. Once only.
     */
    public void write(Writer out) throws IOException, DumpException {
        Options options = abs2bib.options();
        ReferenceWriter writer = abs2bib.writer();
        writer.header(out, Abs2Bib.header(entries, withoutAuthors));
        ReferenceMapper mapper = new ReferenceMapper(options.keyPattern(), options.keyPatternWithoutAuthors(),
                new KeyRegistry());
        try (DataInputStream kept = observations == null ? null : new DataInputStream(new BufferedInputStream(
                Files.newInputStream(observations), 1 << 16))) {
            for (Path file : files) {
                String source = Abs2Bib.fileName(file.toString());
                List<Paper> batch = new ArrayList<>();
                IOException[] failed = {null};
                read(file, paper -> {
                    batch.add(paper);
                    if (batch.size() == BATCH && failed[0] == null) {
                        failed[0] = writeBatch(batch, source, kept, mapper, writer, out);
                    }
                }, w -> { });
                if (failed[0] == null) {
                    failed[0] = writeBatch(batch, source, kept, mapper, writer, out);
                }
                if (failed[0] != null) {
                    throw failed[0];
                }
            }
        }
        writer.footer(out);
        out.flush();
    }

    private IOException writeBatch(List<Paper> batch, String source, DataInputStream kept, ReferenceMapper mapper,
                                   ReferenceWriter writer, Writer out) {
        try {
            List<Tagger.Observation> observed = new ArrayList<>(batch.size());
            if (kept != null) {
                for (Paper p : batch) {
                    if (kept.readInt() != p.line()) {
                        throw new IOException(source + ":" + p.line() + ": the file changed while abs2bib read it; "
                                + "run again");
                    }
                    observed.add(tagger.read(corpus, kept));
                }
            }
            List<Reference> tagged = parallel(IntStream.range(0, batch.size()).boxed().toList(), k -> {
                Reference r = mapper.map(batch.get(k), source).build();
                return kept == null ? r : r.toBuilder().keywords(tagger.choose(observed.get(k), corpus)).build();
            });
            List<Reference> keyed = new ArrayList<>(tagged.size());
            for (Reference r : tagged) {
                keyed.add(mapper.withKey(r));
            }
            for (String entry : parallel(keyed, writer::format)) {
                writer.writeFormatted(entry, out);
            }
            batch.clear();
            return null;
        } catch (java.io.EOFException e) {
            return new IOException(source + ": the file changed while abs2bib read it; run again", e);
        } catch (IOException e) {
            return e;
        }
    }

    /** Deletes the temporary file of the first pass. */
    @Override
    public void close() throws IOException {
        if (observations != null) {
            Files.deleteIfExists(observations);
        }
    }
}
