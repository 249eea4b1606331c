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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
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
    /** Papers worked on together by one thread. */
    private static final int BATCH = 256;
    /** Batches in flight at once, per stage: enough to keep every core busy while one thread reads. */
    private static final int IN_FLIGHT = 4;

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

    /** Papers a batch holds: both passes cut the input the same way. */
    private final int batchSize;

    private StreamingConversion(Abs2Bib abs2bib, List<Path> files, Tagger tagger, Tagger.Corpus corpus,
                                Path observations, List<Input> inputs, List<Diagnostic> warnings, int entries,
                                long withoutAuthors, int batchSize) {
        this.batchSize = batchSize;
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
        return plan(abs2bib, files, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** {@link #plan(Abs2Bib, List)} with the first pass's temporary file in {@code temporaryFolder}. */
    static Optional<StreamingConversion> plan(Abs2Bib abs2bib, List<Path> files, Path temporaryFolder)
            throws IOException, DumpException {
        return plan(abs2bib, files, temporaryFolder, BATCH);
    }

    /**
     * As {@link #plan(Abs2Bib, List, Path)}, cutting files into batches of {@code batchSize} papers: tests make it
     * small, so that a small dump crosses many batch boundaries in both passes.
     */
    static Optional<StreamingConversion> plan(Abs2Bib abs2bib, List<Path> files, Path temporaryFolder, int batchSize)
            throws IOException, DumpException {
        boolean tagging = !abs2bib.options().tags().sources().isEmpty();
        Path observations = null;
        boolean planned = false;
        try {
            if (tagging) {
                observations = Files.createTempFile(temporaryFolder, "abs2bib-", ".observations");
                observations.toFile().deleteOnExit(); // a safety net: close() deletes it
            }
            Optional<StreamingConversion> plan = firstPass(abs2bib, files, observations, batchSize);
            planned = plan.isPresent();
            return plan;
        } catch (TemporaryFileFailed e) {
            throw temporaryFileFailed(temporaryFolder, e.getCause());
        } catch (IOException e) {
            if (observations == null && tagging) { // the file could not even be made
                throw temporaryFileFailed(temporaryFolder, e);
            }
            throw e;
        } finally {
            if (!planned && observations != null) {
                Files.deleteIfExists(observations);
            }
        }
    }

    /** Writing the temporary file failed (not reading the input): {@link #plan} says so. */
    private static final class TemporaryFileFailed extends RuntimeException {
        TemporaryFileFailed(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    private static IOException temporaryFileFailed(Path folder, IOException cause) {
        return new IOException("cannot write the temporary file of a large dump in " + folder + " (" + cause
                + "); it needs about the dump's size: free some space there, or choose another folder with "
                + "ABS2BIB_JAVA_OPTS=-Djava.io.tmpdir=FOLDER", cause);
    }

    /** One batch of papers, mapped and looked at for tags. */
    private record Observed(List<Reference> references, List<Tagger.Observation> observations) {
    }

    private static Optional<StreamingConversion> firstPass(Abs2Bib abs2bib, List<Path> files, Path observations,
                                                           int batchSize) throws IOException, DumpException {
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
        ExecutorService pool = pool();
        try (DataOutputStream spill = tagging ? new DataOutputStream(new BufferedOutputStream(
                Files.newOutputStream(observations), 1 << 16)) : null) {
            // counted and kept in input order, on this thread, while the pool maps and observes the next batches
            InOrder<Observed> count = new InOrder<>(pool, IN_FLIGHT, batch -> {
                List<Reference> refs = batch.references();
                for (Reference r : refs) {
                    if (options.mergeDuplicates() && !Duplicates.firstSighting(r, seen)) {
                        duplicate[0] = true;
                    }
                    if (r.authors().isEmpty()) {
                        withoutAuthors[0]++;
                    }
                }
                if (tagging) {
                    batch.observations().forEach(corpus::add);
                    keep(spill, refs, batch.observations(), tagger, corpus);
                }
                entries[0] += refs.size();
            });
            for (Path file : files) {
                String source = Abs2Bib.fileName(file.toString());
                int[] papers = {0};
                DumpFormat format = readInBatches(file, batchSize, batch -> {
                    papers[0] += batch.size();
                    submitObserve(count, batch, source, mapper, tagger, corpus, tagging);
                }, warnings::add);
                count.finish();
                inputs.add(new Input(file.toString(), papers[0], format));
            }
            if (spill != null) {
                try {
                    spill.flush();
                } catch (IOException e) {
                    throw new TemporaryFileFailed(e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        if (duplicate[0]) {
            return Optional.empty();
        }
        return Optional.of(new StreamingConversion(abs2bib, files, tagger, corpus, observations, inputs, warnings,
                entries[0], withoutAuthors[0], batchSize));
    }

    private static void submitObserve(InOrder<Observed> count, List<Paper> papers, String source,
                                      ReferenceMapper mapper, Tagger tagger, Tagger.Corpus corpus, boolean tagging) {
        try {
            count.submit(() -> {
                List<Reference> refs = new ArrayList<>(papers.size());
                List<Tagger.Observation> observed = new ArrayList<>(tagging ? papers.size() : 0);
                for (Paper p : papers) {
                    Reference r = mapper.map(p, source).build();
                    refs.add(r);
                    if (tagging) {
                        observed.add(tagger.observe(tagInput(r), corpus));
                    }
                }
                return new Observed(refs, observed);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Keeps a batch's observations: how many, the bytes they take, then for each its line and its record. Batches
     * are read back whole, so that decoding them is work for the pool.
     */
    private static void keep(DataOutputStream spill, List<Reference> refs, List<Tagger.Observation> observed,
                             Tagger tagger, Tagger.Corpus corpus) {
        try {
            keepBatch(spill, refs, observed, tagger, corpus);
        } catch (IOException e) {
            throw new TemporaryFileFailed(e);
        }
    }

    private static void keepBatch(DataOutputStream spill, List<Reference> refs, List<Tagger.Observation> observed,
                                  Tagger tagger, Tagger.Corpus corpus) throws IOException {
        Records.Out bytes = new Records.Out(refs.size() * 1024);
        DataOutputStream out = new DataOutputStream(bytes);
        for (int k = 0; k < refs.size(); k++) {
            out.writeInt(refs.get(k).line());
            tagger.write(observed.get(k), corpus, out);
        }
        out.flush();
        spill.writeInt(refs.size());
        spill.writeInt(bytes.size());
        bytes.writeTo(spill);
    }

    /** Threads for the batches: one per core; the reading thread mostly waits. */
    private static ExecutorService pool() {
        int threads = Runtime.getRuntime().availableProcessors();
        return Executors.newFixedThreadPool(threads, work -> {
            Thread t = new Thread(work, "abs2bib-batch");
            t.setDaemon(true);
            return t;
        });
    }

    private static Tagger.Input tagInput(Reference r) {
        return Abs2Bib.tagInput(r, r.primaryClass().isEmpty() ? List.of() : List.of(r.primaryClass()));
    }

    /**
     * Reads a file, handing its papers over in batches of {@link #BATCH} (the last one smaller, none empty); both
     * passes cut a file the same way, which is how the second finds the first's records.
     */
    private static DumpFormat readInBatches(Path file, int batchSize, Consumer<List<Paper>> batches,
                                            Consumer<Diagnostic> warnings) throws IOException, DumpException {
        List<List<Paper>> batch = new ArrayList<>(List.of(new ArrayList<>()));
        DumpFormat format = read(file, paper -> {
            batch.get(0).add(paper);
            if (batch.get(0).size() == batchSize) {
                batches.accept(batch.set(0, new ArrayList<>()));
            }
        }, warnings);
        if (!batch.get(0).isEmpty()) {
            batches.accept(batch.get(0));
        }
        return format;
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

    /** One batch of the second pass: its references tagged, with the keys they would have if free. */
    private record Tagged(List<Reference> references, List<String> keyBases) {
    }

    /**
     * The second pass: reads the files again and writes every entry as it comes. The pool maps, tags and formats the
     * batches; keys are claimed and entries written in input order, on this thread. Once only.
     */
    public void write(Writer out) throws IOException, DumpException {
        Options options = abs2bib.options();
        ReferenceWriter writer = abs2bib.writer();
        writer.header(out, Abs2Bib.header(entries, withoutAuthors));
        ReferenceMapper mapper = new ReferenceMapper(options.keyPattern(), options.keyPatternWithoutAuthors(),
                new KeyRegistry());
        ExecutorService pool = pool();
        try (DataInputStream kept = observations == null ? null : new DataInputStream(new BufferedInputStream(
                Files.newInputStream(observations), 1 << 16))) {
            InOrder<List<String>> write = new InOrder<>(pool, IN_FLIGHT, entries -> {
                for (String entry : entries) {
                    writer.writeFormatted(entry, out);
                }
            });
            InOrder<Tagged> claim = new InOrder<>(pool, IN_FLIGHT, batch -> {
                List<Reference> keyed = new ArrayList<>(batch.references().size());
                for (int k = 0; k < batch.references().size(); k++) {
                    keyed.add(mapper.withKey(batch.references().get(k), batch.keyBases().get(k)));
                }
                write.submit(() -> keyed.stream().map(writer::format).toList());
            });
            for (Path file : files) {
                String source = Abs2Bib.fileName(file.toString());
                readInBatches(file, batchSize, batch -> submitTag(claim, batch, source, kept, mapper), w -> { });
            }
            claim.finish();
            write.finish();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            pool.shutdownNow();
        }
        writer.footer(out);
        out.flush();
    }

    private void submitTag(InOrder<Tagged> claim, List<Paper> papers, String source, DataInputStream kept,
                           ReferenceMapper mapper) {
        try {
            byte[] records = kept == null ? null : keptBatch(kept, papers, source);
            claim.submit(() -> {
                DataInputStream in = records == null ? null
                        : new DataInputStream(new Records.In(records));
                List<Reference> refs = new ArrayList<>(papers.size());
                List<String> bases = new ArrayList<>(papers.size());
                for (Paper p : papers) {
                    Reference r = mapper.map(p, source).build();
                    if (in != null) {
                        if (in.readInt() != p.line()) {
                            throw changed(source, p.line());
                        }
                        r = r.toBuilder().keywords(tagger.choose(tagger.read(corpus, in), corpus)).build();
                    }
                    refs.add(r);
                    bases.add(mapper.keyBase(r));
                }
                return new Tagged(refs, bases);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The records the first pass kept for this batch, which must be as many as its papers. */
    private static byte[] keptBatch(DataInputStream kept, List<Paper> papers, String source) throws IOException {
        try {
            int count = kept.readInt();
            byte[] records = new byte[kept.readInt()];
            kept.readFully(records);
            if (count != papers.size()) {
                throw changed(source, papers.get(0).line());
            }
            return records;
        } catch (java.io.EOFException e) {
            throw changed(source, papers.get(0).line());
        }
    }

    private static IOException changed(String source, int line) {
        return new IOException(source + ":" + line + ": the file changed while abs2bib read it; run again");
    }

    /** Deletes the temporary file of the first pass. */
    @Override
    public void close() throws IOException {
        if (observations != null) {
            Files.deleteIfExists(observations);
        }
    }
}
