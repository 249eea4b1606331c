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
 *   <li>in memory only, over the whole dump: <b>merge</b> papers pasted twice ({@code bib}) → <b>look up</b> arXiv
 *       ({@code lookup}) → find the <b>published</b> versions ({@code venue});
 *   <li>per batch on the pool: <b>observe</b> each paper for its tags ({@code tag}); in input order: count the
 *       dump's statistics and keep the observations in the store;
 *   <li>second pass, per batch on the pool: <b>choose tags</b> ({@code tag}) → the key the paper would have if free
 *       ({@code bib}); in input order: <b>claim the key</b>; on the pool: <b>format</b> ({@code write}); in input
 *       order: <b>write</b>.
 * </ol>
 *
 * <p>What differs between a conversion in memory ({@link #convert}) and a streamed one ({@link #plan}) is only the
 * store the first pass keeps its observations in: a list, or a temporary file beside inputs that are read again.
 * Streaming declines what needs the whole dump at once: the lookups (they are not offered) and merging a paper
 * pasted twice ({@link #plan} is then empty, and says why).
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
     * The first pass of a streamed conversion of files: reads every file, checks it, counts what tags need. Empty
     * when streaming must decline (the files hold a paper twice and duplicates are merged: convert those in memory);
     * a bad file fails here, before anything is written.
     */
    public Optional<StreamPlan> plan(List<Path> files, Path temporaryFolder) throws IOException, DumpException {
        List<PaperSource> sources = files.stream().map(PaperSource::of).toList();
        Tagger.Corpus corpus = tagger == null ? null : tagger.corpus();
        SpillStore store = SpillStore.create(temporaryFolder, tagger, corpus, sources, batchSize,
                batch -> map(batch.papers(), batch.source()));
        boolean planned = false;
        try {
            FirstPass first = firstPass(sources, store, corpus, settled -> { });
            if (first.declined != null) {
                return Optional.empty();
            }
            planned = true;
            return Optional.of(new StreamPlan(this, first, store));
        } finally {
            if (!planned) {
                store.close();
            }
        }
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
        /** Why streaming declined, or null. */
        String declined;

        FirstPass(Tagger.Corpus corpus) {
            this.corpus = corpus;
        }
    }

    private FirstPass firstPass(List<PaperSource> sources, ObservationStore store, IntConsumer progress)
            throws IOException, DumpException {
        return firstPass(sources, store, tagger == null ? null : tagger.corpus(), progress);
    }

    private FirstPass firstPass(List<PaperSource> sources, ObservationStore store, Tagger.Corpus corpus,
                                IntConsumer progress) throws IOException, DumpException {
        FirstPass first = new FirstPass(corpus);
        Sightings seen = new Sightings();
        ExecutorService pool = pool();
        try {
            OrderedPool<Batch> counted = new OrderedPool<>(pool, IN_FLIGHT, batch -> {
                count(batch, first, seen, store.holdsAll());
                store.keep(batch);
            });
            if (store.holdsAll()) {
                List<Draft> drafts = new ArrayList<>();
                for (PaperSource source : sources) {
                    read(source, first, papers -> drafts.addAll(map(papers, source)));
                }
                List<Draft> whole = wholeDump(drafts, first, progress);
                for (List<Draft> batch : cut(whole, Math.min(batchSize, share(whole.size())))) {
                    counted.submit(() -> observe(batch, corpus));
                }
            } else {
                for (PaperSource source : sources) {
                    read(source, first, papers -> counted.submit(() -> observe(map(papers, source), corpus)));
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
    private Batch observe(List<Draft> drafts, Tagger.Corpus corpus) {
        if (tagger == null) {
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

    /** Counts a batch into the dump's statistics, in input order; a streamed dump notes a paper seen twice. */
    private void count(Batch batch, FirstPass first, Sightings seen, boolean merged) {
        for (Draft d : batch.drafts()) {
            Reference r = d.reference();
            if (!merged && options.mergeDuplicates() && first.declined == null && !seen.firstSighting(r)) {
                first.declined = r.source() + ":" + r.line() + ": a paper pasted twice; merging it needs the whole "
                        + "dump in memory";
            }
            if (r.authors().isEmpty()) {
                first.withoutAuthors++;
            }
        }
        if (first.corpus != null) {
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
