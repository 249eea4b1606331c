package org.abs2bib.pipeline;

import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.Callable;
import org.abs2bib.dump.DumpException;

/**
 * Where the first pass keeps what it observed of each paper until the second pass, which needs the whole dump's
 * statistics first, chooses the paper's tags: a list in memory ({@link MemoryStore}), or a temporary file from which
 * the input is read again ({@link SpillStore}), so that memory does not grow with the dump.
 */
interface ObservationStore extends Closeable {
    /** Hands the second pass the work that brings back each kept batch, in input order. */
    interface Replay {
        void batch(Callable<Batch> load) throws IOException;
    }

    /**
     * True when the store holds every paper, so that the stages that need the whole dump at once (the arXiv lookup,
     * the published versions, merging copies in one go) can run; false when it streams.
     */
    boolean holdsAll();

    /** Keeps a batch the first pass observed and counted; batches come in input order. */
    void keep(Batch batch) throws IOException;

    /** The first pass is over: what was kept must be readable. */
    void finishKeeping() throws IOException;

    /** Gives back the batches in the order they were kept; the work of loading each may run on another thread. */
    void replay(Replay replay) throws IOException, DumpException;
}
