package org.abs2bib.dump;

import java.util.Objects;

/**
 * Where a paper appeared, as a citation line in the dump gives it (PubMed's "Nat Mach Intell. 2024 May;6(5):525-535."):
 * what turns a preprint-shaped {@code @misc} into an {@code @article}. Values are empty when the dump does not say.
 */
public record Citation(String journal, String year, String volume, String number, String pages) {
    public static final Citation NONE = new Citation("", "", "", "", "");

    public Citation {
        Objects.requireNonNull(journal);
        Objects.requireNonNull(year);
        Objects.requireNonNull(volume);
        Objects.requireNonNull(number);
        Objects.requireNonNull(pages);
    }

    /** True when a journal is named: only then is the paper cited as a journal article. */
    public boolean isArticle() {
        return !journal.isEmpty();
    }
}
