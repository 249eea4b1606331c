package org.abs2bib.venue;

/**
 * Where a paper was published, as an authority reached by identifier says it: a journal ({@code article}: journal,
 * volume, number, pages) or proceedings ({@code booktitle}); each part only when the authority gives it.
 *
 * @param authority what confirmed it, for the report ("Crossref 10.1038/…", "DBLP conf/iclr/…25")
 */
public record Publication(boolean article, String venue, String volume, String number, String pages, String year,
                          String doi, String publisher, String title, String authority) {
}
