package org.abs2bib.pipeline;

import java.util.ArrayList;
import java.util.List;

/** Keeps the first pass's batches as they are: for dumps already in memory. */
final class MemoryStore implements ObservationStore {
    private final List<Batch> batches = new ArrayList<>();

    @Override
    public boolean holdsAll() {
        return true;
    }

    @Override
    public void keep(Batch batch) {
        batches.add(batch);
    }

    @Override
    public void finishKeeping() {
    }

    @Override
    public void replay(Replay replay) throws java.io.IOException {
        for (Batch b : batches) {
            replay.batch(() -> b);
        }
    }

    @Override
    public void close() {
        batches.clear();
    }
}
