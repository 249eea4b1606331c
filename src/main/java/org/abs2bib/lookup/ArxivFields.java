package org.abs2bib.lookup;

import org.abs2bib.bib.ArxivIds;
import org.abs2bib.bib.Name;
import org.abs2bib.bib.Reference;

/** Fills a reference from the arXiv record it was matched to: what a user citing an arXiv paper expects. */
public final class ArxivFields {
    private ArxivFields() {
    }

    /**
     * Authors (all, in order), the year of version 1, the eprint id without version, primary class, URL, the journal
     * DOI when arXiv knows one (it is the published version's and wins) else arXiv's own, and the journal reference.
     * Title and abstract stay as the dump gave them.
     */
    public static Reference fill(Reference r, ArxivRecord record) {
        return r.toBuilder()
                .authors(record.authors().stream().map(Name::parse).toList())
                .year(record.year())
                .eprint(record.id())
                .primaryClass(record.primaryCategory())
                .doi(record.doi().isEmpty() ? ArxivIds.doi(record.id()) : record.doi())
                .url(ArxivIds.url(record.id()))
                .journalRef(record.journalRef())
                .build();
    }
}
