package org.abs2bib.pipeline;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.abs2bib.dump.DumpException;
import org.abs2bib.dump.Paper;
import org.abs2bib.tag.Tagger;

/**
 * Keeps the first pass's observations in a temporary file (about half the size of the input) and, for the second
 * pass, reads the input files again beside it: memory stays a few batches whatever the size of the dump. Reading an
 * observation back is much cheaper than looking at the paper again, which is most of the cost of tagging.
 *
 * <p>The file holds, per batch of papers read, the number of its drafts (fewer than the papers where copies were
 * merged) and the bytes they take, then for each draft its line and its observation; a batch is read back whole, so
 * that decoding it is work for the pool. Without tags nothing is kept and no file is made. {@link #close} deletes the
 * file.
 */
final class SpillStore implements ObservationStore {
    private final Path folder;
    private final Path file;
    private final Tagger tagger;
    private final Tagger.Corpus corpus;
    private final List<PaperSource> sources;
    private final int batchSize;
    private final Mapping map;
    private DataOutputStream out;

    /** Papers of one input, to be mapped again; {@code from} is the number of the first (from 0 across inputs). */
    record PaperBatch(List<Paper> papers, PaperSource source, int from) {
    }

    /** Turns papers read again into the drafts the first pass kept. */
    interface Mapping {
        List<Draft> map(PaperBatch batch) throws IOException;
    }

    private SpillStore(Path folder, Path file, Tagger tagger, Tagger.Corpus corpus, List<PaperSource> sources,
                       int batchSize, Mapping map) {
        this.folder = folder;
        this.file = file;
        this.tagger = tagger;
        this.corpus = corpus;
        this.sources = sources;
        this.batchSize = batchSize;
        this.map = map;
    }

    /**
     * A store over {@code sources}, its file in {@code folder} when there are observations to keep ({@code tagger}
     * not null); {@code map} turns the papers read again into drafts, as the first pass did.
     */
    static SpillStore create(Path folder, Tagger tagger, Tagger.Corpus corpus, List<PaperSource> sources,
                             int batchSize, Mapping map) throws IOException {
        Path file = null;
        if (tagger != null) {
            try {
                file = Files.createTempFile(folder, "abs2bib-", ".observations");
                file.toFile().deleteOnExit(); // a safety net: close() deletes it
            } catch (IOException e) {
                throw failed(folder, e);
            }
        }
        SpillStore store = new SpillStore(folder, file, tagger, corpus, sources, batchSize, map);
        if (file != null) {
            try {
                store.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
            } catch (IOException e) {
                store.close();
                throw failed(folder, e);
            }
        }
        return store;
    }

    @Override
    public boolean holdsAll() {
        return false;
    }

    @Override
    public void keep(Batch batch) throws IOException {
        if (out == null) {
            return;
        }
        try {
            SpillBuffer.Out bytes = new SpillBuffer.Out(batch.drafts().size() * 1024);
            DataOutputStream records = new DataOutputStream(bytes);
            for (int k = 0; k < batch.drafts().size(); k++) {
                records.writeInt(batch.drafts().get(k).reference().line());
                tagger.write(batch.observations().get(k), corpus, records);
            }
            records.flush();
            out.writeInt(batch.drafts().size());
            out.writeInt(bytes.size());
            bytes.writeTo(out);
        } catch (IOException e) {
            throw failed(folder, e);
        }
    }

    @Override
    public void finishKeeping() throws IOException {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                throw failed(folder, e);
            } finally {
                out = null;
            }
        }
    }

    @Override
    public void replay(Replay replay) throws IOException, DumpException {
        try (DataInputStream kept = file == null ? null
                : new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            int[] next = {0};
            for (PaperSource source : sources) {
                source.read(batchSize, papers -> {
                    Kept records = kept == null ? null : keptBatch(kept, papers, source);
                    PaperBatch batch = new PaperBatch(papers, source, next[0]);
                    next[0] += papers.size();
                    replay.batch(() -> load(batch, records));
                }, w -> { });
            }
        }
    }

    /** One batch's records as the first pass kept them: one for each of its drafts. */
    private record Kept(int count, byte[] bytes) {
    }

    /** The batch's drafts mapped again, beside the observations the first pass kept for them. */
    private Batch load(PaperBatch papers, Kept records) throws IOException {
        List<Draft> drafts = map.map(papers);
        if (records == null) {
            return new Batch(drafts, List.of());
        }
        if (records.count() != drafts.size()) { // fewer than the papers read where copies were merged
            throw papers.source().changed(papers.papers().get(0).line());
        }
        DataInputStream in = new DataInputStream(new SpillBuffer.In(records.bytes()));
        List<Tagger.Observation> observed = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            if (in.readInt() != d.reference().line()) {
                throw papers.source().changed(d.reference().line());
            }
            observed.add(tagger.read(corpus, in));
        }
        return new Batch(drafts, observed);
    }

    /** The records the first pass kept for this batch of papers (as many as their drafts: {@link #load} checks). */
    private static Kept keptBatch(DataInputStream kept, List<Paper> papers, PaperSource source) throws IOException {
        try {
            int count = kept.readInt();
            byte[] records = new byte[kept.readInt()];
            kept.readFully(records);
            return new Kept(count, records);
        } catch (EOFException e) {
            throw source.changed(papers.get(0).line());
        }
    }

    static IOException failed(Path folder, IOException cause) {
        return new IOException("cannot write the temporary file of a large dump in " + folder + " (" + cause
                + "); it needs about the dump's size: free some space there, or choose another folder with "
                + "ABS2BIB_JAVA_OPTS=-Djava.io.tmpdir=FOLDER", cause);
    }

    /** Deletes the temporary file. */
    @Override
    public void close() throws IOException {
        try {
            if (out != null) {
                out.close();
                out = null;
            }
        } finally {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        }
    }
}
