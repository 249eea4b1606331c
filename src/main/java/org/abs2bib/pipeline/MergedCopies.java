package org.abs2bib.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.abs2bib.bib.Duplicates;
import org.abs2bib.bib.Reference;
import org.abs2bib.dump.Diagnostic;

/**
 * The papers pasted twice in a streamed dump, merged as {@link Duplicates#merge} merges them in memory. Made in three
 * steps, each over the whole dump in input order (papers numbered from 0 across the files): the first pass
 * {@linkplain #copy notes} which paper merging folds into which (by {@link org.abs2bib.bib.Sightings}); a read of the
 * files {@linkplain #take hands over} those papers, and each copy is folded into its first as it comes; then every
 * later pass {@linkplain #apply puts} the merged entry in the first copy's place and leaves the other copies out.
 *
 * <p>The merged entries are kept in a temporary file ({@link ReferenceFile}), each first copy's latest state found by
 * its position; what is held is the numbers, lines and positions of the papers involved (a hundred or two bytes
 * each) and one warning for each later copy.
 * {@link #close} deletes the file.
 */
final class MergedCopies implements java.io.Closeable {
    /** For each later copy, the paper it is folded into. */
    private final Map<Integer, Integer> into = new HashMap<>();
    /** The papers later copies are folded into. */
    private final Set<Integer> firsts = new HashSet<>();
    /** The line each paper involved starts on, to notice a file that changed between the passes. */
    private final Map<Integer, Integer> lines = new HashMap<>();
    /** For each first copy, where its merged entry is in {@link #file}, once taken. */
    private final Map<Integer, Long> merged = new HashMap<>();
    private ReferenceFile file;
    private final List<Diagnostic> notes = new ArrayList<>();

    boolean isEmpty() {
        return into.isEmpty();
    }

    /** The first pass found that paper {@code paper} (at {@code line}) is a copy of paper {@code first}. */
    void copy(int paper, int line, int first) {
        into.put(paper, first);
        firsts.add(first);
        lines.put(paper, line);
    }

    /** Makes the file the merged entries go to, in {@code folder}: before the first {@link #take}. */
    void open(java.nio.file.Path folder) throws IOException {
        file = ReferenceFile.create(folder);
    }

    /** True for a paper merging touches: a first copy or a later one. */
    boolean involves(int paper) {
        return into.containsKey(paper) || firsts.contains(paper);
    }

    /**
     * Takes a paper merging touches, in input order: a first copy is kept, a later one folded into it with the
     * warning merging gives.
     */
    void take(int paper, Reference r, PaperSource source) throws IOException {
        Integer first = into.get(paper);
        if (first == null) {
            lines.put(paper, r.line());
            merged.put(paper, file.append(r));
            return;
        }
        check(paper, r, source);
        Long at = merged.get(first);
        if (at == null) {
            throw source.changed(r.line());
        }
        Reference kept = file.read(at);
        notes.add(Duplicates.note(kept, r));
        merged.put(first, file.append(Duplicates.fold(kept, r)));
    }

    /** The warnings merging gave, one for each later copy, in input order. */
    List<Diagnostic> notes() {
        return List.copyOf(notes);
    }

    /**
     * The drafts of papers {@code from}, {@code from + 1}, …, with each first copy's merged entry in its place and the
     * later copies left out.
     */
    List<Draft> apply(List<Draft> drafts, int from, PaperSource source) throws IOException {
        if (into.isEmpty()) {
            return drafts;
        }
        List<Draft> kept = new ArrayList<>(drafts.size());
        for (int k = 0; k < drafts.size(); k++) {
            int paper = from + k;
            Reference r = drafts.get(k).reference();
            if (into.containsKey(paper)) {
                check(paper, r, source);
            } else if (merged.containsKey(paper)) {
                check(paper, r, source);
                kept.add(Draft.of(file.read(merged.get(paper))));
            } else {
                kept.add(drafts.get(k));
            }
        }
        return kept;
    }

    private void check(int paper, Reference r, PaperSource source) throws IOException {
        if (lines.get(paper) != r.line()) {
            throw source.changed(r.line());
        }
    }

    @Override
    public void close() throws IOException {
        if (file != null) {
            file.close();
        }
    }
}
