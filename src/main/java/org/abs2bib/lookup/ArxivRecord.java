package org.abs2bib.lookup;

import java.util.List;
import java.util.Objects;

/**
 * One arXiv paper as the API describes it.
 *
 * @param id              the identifier without version ("1706.03762", "cond-mat/0603029")
 * @param version         the version the API returned (latest), e.g. 2
 * @param title           the title, white space collapsed
 * @param authors         author names in order ("Ashish Vaswani")
 * @param published       date of version 1, ISO "2017-06-12"
 * @param primaryCategory e.g. "cs.CL"
 * @param categories      every category, primary first
 * @param doi             the journal DOI arXiv knows of, or empty
 * @param journalRef      the journal reference, or empty
 */
public record ArxivRecord(String id, int version, String title, List<String> authors, String published,
                          String primaryCategory, List<String> categories, String doi, String journalRef) {
    public ArxivRecord {
        Objects.requireNonNull(id);
        Objects.requireNonNull(title);
        authors = List.copyOf(authors);
        Objects.requireNonNull(published);
        Objects.requireNonNull(primaryCategory);
        categories = List.copyOf(categories);
        Objects.requireNonNull(doi);
        Objects.requireNonNull(journalRef);
    }

    /** The year of version 1: what a citation of the paper gives, not the year of its latest revision. */
    public String year() {
        return published.length() >= 4 ? published.substring(0, 4) : "";
    }
}
