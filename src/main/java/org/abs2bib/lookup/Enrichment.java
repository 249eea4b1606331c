package org.abs2bib.lookup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.abs2bib.bib.LatexText;
import org.abs2bib.bib.Name;
import org.abs2bib.bib.Reference;
import org.abs2bib.internal.SharedPace;

/**
 * The lookup stage: asks arXiv (through the cache) for every reference of a dump at once, so that titles share
 * requests, and fills those it matched.
 */
public final class Enrichment {
    private static final LatexText PLAIN = new LatexText(false);

    /** The references, those arXiv matched filled from its record, beside what the lookup did. */
    public record Result(List<Reference> references, LookupReport report) {
        public Result {
            references = List.copyOf(references);
        }
    }

    private Enrichment() {
    }

    /** Looks every reference up, telling {@code progress} how many papers are settled. */
    public static Result lookUp(List<Reference> references, LookupOptions options, IntConsumer progress) {
        List<String> cacheWarnings = new ArrayList<>();
        ArxivCache cache = options.cacheDirectory() == null ? ArxivCache.none()
                : ArxivCache.in(options.cacheDirectory(), Clock.systemUTC(), cacheWarnings::add);
        List<Query> queries = references.stream().map(r -> new Query(PLAIN.plain(r.title()),
                r.authors().stream().map(Name::bibtex).toList(), r.year(), r.eprint())).toList();
        LookupReport found;
        // the pause is kept with other runs through a lock beside the cache, or in the temporary folder without one
        try (ArxivClient client = options.offline() ? null
                : new ArxivClient(options.client(), SharedPace.folderFor(options.cacheDirectory()))) {
            if (client != null && progress instanceof LookupProgress listener) {
                client.reportWaitsTo(listener);
            }
            found = new ArxivLookup(client, cache, progress).lookup(queries);
            cache.save();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> warnings = new ArrayList<>(cacheWarnings);
        warnings.addAll(found.warnings());
        LookupReport report = new LookupReport(found.matches(), found.requests(), found.retries(), found.cacheHits(),
                warnings);
        List<Reference> filled = new ArrayList<>(references.size());
        for (int k = 0; k < references.size(); k++) {
            Match m = report.matches().get(k);
            filled.add(m.matched() ? ArxivFields.fill(references.get(k), m.record().get()) : references.get(k));
        }
        return new Result(filled, report);
    }
}
