package org.abs2bib.lookup;

import java.util.List;
import java.util.Objects;

/**
 * What the dump says about one paper, for finding it on arXiv.
 *
 * @param title   the title as plain text
 * @param authors author names the dump gives (may be empty)
 * @param year    the year the dump gives (may be empty)
 * @param arxivId an arXiv id found in the dump (may be empty)
 */
public record Query(String title, List<String> authors, String year, String arxivId) {
    public Query {
        Objects.requireNonNull(title);
        authors = List.copyOf(authors);
        Objects.requireNonNull(year);
        Objects.requireNonNull(arxivId);
    }

    String normalizedTitle() {
        return Titles.normalize(title);
    }
}
