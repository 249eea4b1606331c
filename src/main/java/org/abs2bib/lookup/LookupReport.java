package org.abs2bib.lookup;

import java.util.List;

/**
 * What a lookup did.
 *
 * @param matches   one per query, in order
 * @param requests  HTTP requests made (retries included)
 * @param retries   of those, repeats after a fault
 * @param cacheHits queries answered from the cache
 * @param warnings  problems that did not stop the lookup (cache unwritable, arXiv unavailable)
 */
public record LookupReport(List<Match> matches, int requests, int retries, int cacheHits, List<String> warnings) {
    public LookupReport {
        matches = List.copyOf(matches);
        warnings = List.copyOf(warnings);
    }

    public long matched() {
        return matches.stream().filter(Match::matched).count();
    }

    /** arXiv could not be reached and the cache had nothing: the lookup did not happen at all. */
    public boolean nothingReached() {
        return matched() == 0 && cacheHits == 0 && warnings.stream().anyMatch(w -> w.startsWith(
                ArxivException.Unreachable.PREFIX));
    }
}
