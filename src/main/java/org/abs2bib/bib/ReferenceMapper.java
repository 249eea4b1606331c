package org.abs2bib.bib;

import java.util.List;
import org.abs2bib.dump.Citation;
import org.abs2bib.dump.Paper;

/**
 * Maps papers to references and gives each a citation key that is unique within the output. Keys depend on the
 * paper alone and on the papers before it, so the same input gives the same keys on every run.
 */
public final class ReferenceMapper {
    private final KeyPattern pattern;
    private final KeyPattern withoutAuthors;
    private final KeyRegistry keys;
    private final LatexText plain = new LatexText(false);

    /**
     * @param pattern        the key pattern for papers with authors
     * @param withoutAuthors the key pattern while authors are unknown
     */
    public ReferenceMapper(KeyPattern pattern, KeyPattern withoutAuthors, KeyRegistry keys) {
        this.pattern = pattern;
        this.withoutAuthors = withoutAuthors;
        this.keys = keys;
    }

    /** A reference with what the dump itself says: title, abstract, and authors and arXiv id when it has them. */
    public Reference.Builder map(Paper paper, String source) {
        Reference.Builder b = Reference.builder().title(paper.title()).abstractText(paper.abstractText())
                .authors(paper.authors().stream().map(Name::parse).toList()).source(source).line(paper.line());
        String id = paper.arxivId();
        if (!id.isEmpty()) {
            b.eprint(id).year(ArxivIds.year(id)).doi(ArxivIds.doi(id)).url(ArxivIds.url(id))
                    .primaryClass(paper.category());
        }
        // a DOI the dump names is the publisher's: it beats arXiv's own, which follows from the id anyway
        if (!paper.doi().isEmpty()) {
            b.doi(paper.doi());
        }
        b.pmid(paper.pmid());
        Citation c = paper.citation();
        if (c.isArticle()) {
            b.journal(new Reference.Journal(c.journal(), c.volume(), c.number(), c.pages()));
            if (!c.year().isEmpty()) {
                b.year(c.year());
            }
        }
        return b;
    }

    /** Claims the key for a finished reference, from its authors, year and title. */
    public Reference withKey(Reference r) {
        return withKey(r, keyBase(r));
    }

    /**
     * The key a reference would have if no other had it yet: the costly part of {@link #withKey}, safe to work out
     * on several threads at once before the keys are claimed in order.
     */
    public String keyBase(Reference r) {
        List<String> families = r.authors().stream().map(Name::familyForKey).toList();
        KeyPattern p = families.isEmpty() ? withoutAuthors : pattern;
        return p.apply(families, r.year(), plain.plain(r.title()));
    }

    /** Claims the key from a base {@link #keyBase} gave for this reference. */
    public Reference withKey(Reference r, String base) {
        return r.toBuilder().key(keys.claim(base)).build();
    }
}
