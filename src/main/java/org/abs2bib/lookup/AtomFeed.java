package org.abs2bib.lookup;

import java.util.List;

/**
 * One page of API results.
 *
 * @param totalResults how many records match the query in all (opensearch:totalResults)
 * @param entries      the records on this page
 */
public record AtomFeed(int totalResults, List<ArxivRecord> entries) {
    public AtomFeed {
        entries = List.copyOf(entries);
    }
}
