package org.abs2bib.dump;

import java.util.List;
import java.util.Objects;

/**
 * One paper as the dump gives it. Title and abstract are the text exactly as pasted (white space collapsed), still
 * holding whatever LaTeX arXiv put in them; the bib stage decides what that text becomes.
 *
 * @param title        the title, never blank
 * @param abstractText the abstract, empty when the dump had none
 * @param authors      author names as the dump wrote them ("Ada Lovelace", "Bran AM"), empty when it had none
 * @param arxivId      an arXiv identifier found in the dump (no version), empty when none
 * @param category     the primary arXiv category the dump names ({@code cs.CL}), empty when none
 * @param line         the 1-based line of the title in the input
 * @param doi          a DOI the dump gives for this paper ({@code 10.1038/…}), empty when none
 * @param pmid         a PubMed id the dump gives, empty when none
 * @param citation     journal, year, volume, number and pages from a citation line, {@link Citation#NONE} when none
 */
public record Paper(String title, String abstractText, List<String> authors, String arxivId, String category, int line,
                    String doi, String pmid, Citation citation) {
    public Paper {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(abstractText, "abstractText");
        authors = List.copyOf(authors);
        Objects.requireNonNull(arxivId, "arxivId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(doi, "doi");
        Objects.requireNonNull(pmid, "pmid");
        Objects.requireNonNull(citation, "citation");
    }

    public Paper(String title, String abstractText, List<String> authors, String arxivId, String category, int line) {
        this(title, abstractText, authors, arxivId, category, line, "", "", Citation.NONE);
    }

    public Paper(String title, String abstractText, int line) {
        this(title, abstractText, List.of(), "", "", line);
    }

    public boolean hasAbstract() {
        return !abstractText.isEmpty();
    }
}
