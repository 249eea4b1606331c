package org.abs2bib.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.abs2bib.Conversion;
import org.abs2bib.Options;
import org.abs2bib.bib.Duplicates;
import org.abs2bib.bib.KeyRegistry;
import org.abs2bib.bib.LatexText;
import org.abs2bib.bib.Reference;
import org.abs2bib.bib.ReferenceMapper;
import org.abs2bib.bib.Sightings;
import org.abs2bib.dump.Diagnostic;
import org.abs2bib.dump.Dump;
import org.abs2bib.dump.DumpException;
import org.abs2bib.dump.DumpFormat;
import org.abs2bib.dump.Paper;
import org.abs2bib.lookup.Enrichment;
import org.abs2bib.lookup.LookupReport;
import org.abs2bib.tag.ArxivCategories;
import org.abs2bib.tag.Tagger;
import org.abs2bib.venue.PublishedLookup;

/**
 * The order of the stages, written once. A paper goes from bytes to BibTeX in two passes, because its tags depend
 * on the whole dump (a tag on most papers groups nothing):
 *
 * <ol>
 *   <li>first pass, per batch of papers on the pool: <b>read</b> ({@code dump}) → <b>map</b> to a reference
 *       ({@code bib});
 *   <li>over the whole dump: <b>merge</b> papers pasted twice ({@code bib}; streamed, see below); in memory only:
 *       <b>look up</b> arXiv ({@code lookup}) → find the <b>published</b> versions ({@code venue});
 *   <li>per batch on the pool: <b>observe</b> each paper for its tags ({@code tag}); in input order: count the
 *       dump's statistics and keep the observations in the store;
 *   <li>second pass, per batch on the pool: <b>choose tags</b> ({@code tag}) → the key the paper would have if free
 *       ({@code bib}); in input order: <b>claim the key</b>; on the pool: <b>format</b> ({@code write}); in input
 *       order: <b>write</b>.
 * </ol>
 *
 * <p>What differs between a conversion in memory ({@link #convert}) and a streamed one ({@link #plan}) is the store
 * the first pass keeps its observations in (a list, or a temporary file beside inputs that are read again) and how
 * papers pasted twice are merged: in memory all at once; streamed, the first pass finds the copies by a few bytes a
 * paper ({@link Sightings}), a read of the files folds them ({@link MergedCopies}) and the first pass runs again with
 * the merged entries in place. The lookups need the whole dump at once and are not offered on a stream.
 */
public final class Pipeline {
    /** Papers worked on together by one thread. */
    static final int BATCH = 256;
    /** Batches in flight at once, per stage: enough to keep every core busy while one thread reads. */
    private static final int IN_FLIGHT = 4;
    private static final LatexText PLAIN = new LatexText(false);

    private final Options options;
    private final int batchSize;
    private final Tagger tagger;

    public Pipeline(Options options) {
        this(options, BATCH);
    }

    /** Tests make batches small, so that a small dump crosses many batch boundaries in both passes. */
    Pipeline(Options options, int batchSize) {
        this.options = options;
        this.batchSize = batchSize;
        this.tagger = options.tags().sources().isEmpty() ? null : new Tagger(options.tags());
    }

    /** Converts dumps already read, in memory; keys are unique across all of them. */
    public Conversion convert(List<Dump> dumps, IntConsumer progress) {
        try (MemoryStore store = new MemoryStore()) {
            FirstPass first = firstPass(dumps.stream().map(PaperSource::of).toList(), store, progress);
            List<Reference> references = new ArrayList<>(first.entries);
            secondPass(first, store, r -> r, references::addAll);
            return new Conversion(references, first.formats, first.warnings, first.lookup, first.published);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DumpException e) {
            throw new IllegalStateException("a dump already read failed to read again", e);
        }
    }

    /**
     * The first pass of a streamed conversion of files: reads every file, checks it, counts what tags need; a bad file
     * fails here, before anything is written. Where the files hold a paper twice (and copies are merged), they are read
     * twice more: once to merge the copies, once for the first pass over the merged entries.
     */
    public StreamPlan plan(List<Path> files, Path temporaryFolder) throws IOException, DumpException {
        List<PaperSource> sources = files.stream().map(PaperSource::of).toList();
        Streamed streamed = firstPass(sources, temporaryFolder, null);
        MergedCopies copies = streamed.first.copies;
        if (copies.isEmpty()) {
            return new StreamPlan(this, streamed.first, streamed.store, copies);
        }
        streamed.store.close();
        copies.open(temporaryFolder);
        try {
            fold(sources, copies);
            streamed = firstPass(sources, temporaryFolder, copies);
        } catch (IOException | DumpException | RuntimeException | Error e) {
            try {
                copies.close();
            } catch (IOException closing) {
                e.addSuppressed(closing); // the failure the user must see is the first one
            }
            throw e;
        }
        streamed.first.warnings.addAll(copies.notes());
        return new StreamPlan(this, streamed.first, streamed.store, copies);
    }

    /** A streamed first pass done, and the store it kept its observations in. */
    private record Streamed(FirstPass first, SpillStore store) {
    }

    /**
     * A streamed first pass over {@code sources}, with {@code merged}'s entries in place of the copies they merge; or,
     * {@code merged} null, noting the papers pasted twice (when copies are merged) and, once one is found, no longer
     * tagging: the pass is then done again over the merged entries.
     */
    private Streamed firstPass(List<PaperSource> sources, Path temporaryFolder, MergedCopies merged)
            throws IOException, DumpException {
        Tagger.Corpus corpus = tagger == null ? null : tagger.corpus();
        SpillStore store = SpillStore.create(temporaryFolder, tagger, corpus, sources, batchSize,
                batch -> merge(map(batch.papers(), batch.source()), batch.from(), batch.source(), merged));
        boolean done = false;
        try {
            FirstPass first = firstPass(sources, store, corpus, merged, settled -> { });
            done = true;
            return new Streamed(first, store);
        } finally {
            if (!done) {
                store.close();
            }
        }
    }

    /**
     * Reads the files again for the papers the first pass found pasted twice, and folds each copy into its first, in
     * input order (no tagging: the reader and the mapper only, and only these papers mapped).
     */
    private void fold(List<PaperSource> sources, MergedCopies copies) throws IOException, DumpException {
        int[] next = {0};
        for (PaperSource source : sources) {
            ReferenceMapper mapper = mapper();
            source.read(batchSize, papers -> {
                for (Paper p : papers) {
                    int paper = next[0]++;
                    if (copies.involves(paper)) {
                        copies.take(paper, mapper.map(p, source.fileName()).build(), source);
                    }
                }
            }, w -> { });
        }
    }

    private static List<Draft> merge(List<Draft> drafts, int from, PaperSource source, MergedCopies merged)
            throws IOException {
        return merged == null ? drafts : merged.apply(drafts, from, source);
    }

    /** What the first pass learned of the whole dump. */
    static final class FirstPass {
        final Tagger.Corpus corpus;
        final List<StreamPlan.Input> inputs = new ArrayList<>();
        final List<DumpFormat> formats = new ArrayList<>();
        final List<Diagnostic> warnings = new ArrayList<>();
        Optional<LookupReport> lookup = Optional.empty();
        Optional<PublishedLookup.Report> published = Optional.empty();
        int entries;
        long withoutAuthors;
        /** The papers pasted twice that a streamed first pass found (it then stops tagging: the pass is done again). */
        final MergedCopies copies = new MergedCopies();
        /** Set once {@link #copies} has one: what is observed from then on is not needed. */
        volatile boolean copyFound;

        FirstPass(Tagger.Corpus corpus) {
            this.corpus = corpus;
        }
    }

    private FirstPass firstPass(List<PaperSource> sources, ObservationStore store, IntConsumer progress)
            throws IOException, DumpException {
        return firstPass(sources, store, tagger == null ? null : tagger.corpus(), null, progress);
    }

    /**
     * The first pass: every paper read, mapped, observed and counted. Streamed ({@code store} not holding all), with
     * {@code merged}'s entries in place of copies; or, {@code merged} null and copies merged, finding the copies.
     */
    private FirstPass firstPass(List<PaperSource> sources, ObservationStore store, Tagger.Corpus corpus,
                                MergedCopies merged, IntConsumer progress) throws IOException, DumpException {
        FirstPass first = new FirstPass(corpus);
        Sightings seen = !store.holdsAll() && merged == null && options.mergeDuplicates() ? new Sightings() : null;
        ExecutorService pool = pool();
        try {
            OrderedPool<Batch> counted = new OrderedPool<>(pool, IN_FLIGHT, batch -> {
                count(batch, first, seen);
                if (!first.copyFound) {
                    store.keep(batch);
                }
            });
            if (store.holdsAll()) {
                List<Draft> drafts = new ArrayList<>();
                for (PaperSource source : sources) {
                    read(source, first, papers -> drafts.addAll(map(papers, source)));
                }
                List<Draft> whole = wholeDump(drafts, first, progress);
                for (List<Draft> batch : cut(whole, Math.min(batchSize, share(whole.size())))) {
                    counted.submit(() -> observe(batch, corpus, first));
                }
            } else {
                int[] next = {0};
                for (PaperSource source : sources) {
                    read(source, first, papers -> {
                        int from = next[0];
                        next[0] += papers.size();
                        counted.submit(() -> observe(merge(map(papers, source), from, source, merged), corpus, first));
                    });
                }
            }
            counted.finish();
            store.finishKeeping();
        } finally {
            pool.shutdownNow();
        }
        return first;
    }

    /** The second pass: every paper's tags and key, handed to {@code sink} in input order. */
    <T> void secondPass(FirstPass first, ObservationStore store, Function<Reference, T> format,
                        OrderedPool.Sink<List<T>> sink) throws IOException, DumpException {
        ReferenceMapper keys = mapper();
        ExecutorService pool = pool();
        try {
            OrderedPool<List<T>> written = new OrderedPool<>(pool, IN_FLIGHT, sink);
            OrderedPool<Tagged> claimed = new OrderedPool<>(pool, IN_FLIGHT, batch -> {
                List<Reference> keyed = new ArrayList<>(batch.references().size());
                for (int k = 0; k < batch.references().size(); k++) {
                    keyed.add(keys.withKey(batch.references().get(k), batch.keyBases().get(k)));
                }
                written.submit(() -> keyed.stream().map(format).toList());
            });
            store.replay(load -> claimed.submit(() -> tag(load.call(), first.corpus, keys)));
            claimed.finish();
            written.finish();
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- the stages ----

    /** Reads one input in batches, noting its shape and warnings. */
    private void read(PaperSource source, FirstPass first, PaperSource.Batches batches)
            throws IOException, DumpException {
        int[] papers = {0};
        DumpFormat format = source.read(batchSize, batch -> {
            papers[0] += batch.size();
            batches.accept(batch);
        }, first.warnings::add);
        first.formats.add(format);
        first.inputs.add(new StreamPlan.Input(source.name(), papers[0], format));
    }

    /** Maps papers to references; safe on the pool (the mapper claims no key here). */
    private List<Draft> map(List<Paper> papers, PaperSource source) {
        ReferenceMapper mapper = mapper();
        String name = source.fileName();
        List<Draft> drafts = new ArrayList<>(papers.size());
        for (Paper p : papers) {
            drafts.add(Draft.of(mapper.map(p, name).build()));
        }
        return drafts;
    }

    /**
     * The stages that need every paper at once: merging papers pasted twice, the arXiv lookup, then the published
     * versions.
     */
    private List<Draft> wholeDump(List<Draft> read, FirstPass first, IntConsumer progress) {
        List<Reference> references = read.stream().map(Draft::reference).toList();
        if (options.mergeDuplicates()) {
            Duplicates.Result merged = Duplicates.merge(references);
            references = merged.references();
            first.warnings.addAll(merged.merged());
        }
        List<Draft> drafts = references.stream().map(Draft::of).toList();
        if (options.lookup().enabled()) {
            Enrichment.Result found = Enrichment.lookUp(references, options.lookup(), progress);
            first.lookup = Optional.of(found.report());
            List<Draft> filled = new ArrayList<>(references.size());
            for (int k = 0; k < references.size(); k++) {
                Reference r = found.references().get(k);
                filled.add(found.report().matches().get(k).record()
                        .map(record -> new Draft(r, record.categories().stream().filter(ArxivCategories::isKnown)
                                .toList()))
                        .orElseGet(() -> Draft.of(r)));
            }
            drafts = filled;
        }
        if (options.published().enabled()) {
            PublishedLookup.Result upgraded = PublishedLookup.lookUp(drafts.stream().map(Draft::reference).toList(),
                    options.published());
            first.published = Optional.of(upgraded.report());
            List<Draft> published = new ArrayList<>(drafts.size());
            for (int k = 0; k < drafts.size(); k++) {
                published.add(new Draft(upgraded.references().get(k), drafts.get(k).categories()));
            }
            drafts = published;
        }
        return drafts;
    }

    /** Looks at each paper of a batch for its tags, on its own (no dump-wide statistics yet). */
    private Batch observe(List<Draft> drafts, Tagger.Corpus corpus, FirstPass first) {
        if (tagger == null || first.copyFound) {
            return new Batch(drafts, List.of());
        }
        List<Tagger.Observation> observed = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            Reference r = d.reference();
            observed.add(tagger.observe(new Tagger.Input(PLAIN.plain(r.title()), PLAIN.plain(r.abstractText()),
                    d.categories()), corpus));
        }
        return new Batch(drafts, observed);
    }

    /**
     * Counts a batch into the dump's statistics, in input order; with {@code seen}, notes the papers pasted twice
     * (their numbers: each batch of that pass holds every paper read, in order).
     */
    private void count(Batch batch, FirstPass first, Sightings seen) {
        for (int k = 0; k < batch.drafts().size(); k++) {
            Reference r = batch.drafts().get(k).reference();
            int into = seen == null ? -1 : seen.sight(r);
            if (into >= 0) {
                first.copies.copy(first.entries + k, r.line(), into);
                first.copyFound = true;
            }
            if (r.authors().isEmpty()) {
                first.withoutAuthors++;
            }
        }
        if (first.corpus != null && !first.copyFound) {
            batch.observations().forEach(first.corpus::add);
        }
        first.entries += batch.drafts().size();
    }

    /** One batch of the second pass: its references tagged, with the keys they would have if free. */
    private record Tagged(List<Reference> references, List<String> keyBases) {
    }

    /** Chooses each paper's tags against the whole dump, and the key it would have if free. */
    private Tagged tag(Batch batch, Tagger.Corpus corpus, ReferenceMapper keys) {
        List<Reference> references = new ArrayList<>(batch.drafts().size());
        List<String> bases = new ArrayList<>(batch.drafts().size());
        for (int k = 0; k < batch.drafts().size(); k++) {
            Reference r = batch.drafts().get(k).reference();
            if (tagger != null) {
                r = r.toBuilder().keywords(tagger.choose(batch.observations().get(k), corpus)).build();
            }
            references.add(r);
            bases.add(keys.keyBase(r));
        }
        return new Tagged(references, bases);
    }

    private ReferenceMapper mapper() {
        return new ReferenceMapper(options.keyPattern(), options.keyPatternWithoutAuthors(), new KeyRegistry());
    }

    private static List<List<Draft>> cut(List<Draft> drafts, int size) {
        List<List<Draft>> batches = new ArrayList<>();
        for (int from = 0; from < drafts.size(); from += size) {
            batches.add(drafts.subList(from, Math.min(drafts.size(), from + size)));
        }
        return batches;
    }

    /** Batches small enough that a dump in memory, often a few hundred papers, gives every core a few. */
    private static int share(int papers) {
        int parts = 4 * Runtime.getRuntime().availableProcessors();
        return Math.max(1, (papers + parts - 1) / parts);
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
}
