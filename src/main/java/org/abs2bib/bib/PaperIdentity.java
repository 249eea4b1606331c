package org.abs2bib.bib;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.abs2bib.lookup.Titles;

/**
 * The one definition of "the same paper", shared by merging copies within a dump and by merging into a library: two
 * records are one paper when they share a key: the normalized title, the arXiv id (without version), or the DOI a
 * publisher gave (arXiv's own DOIs, 10.48550/…, say no more than the id). Keys come in that order, strongest match
 * first for a reader who takes the first that hits.
 */
public final class PaperIdentity {
    private static final LatexText PLAIN = new LatexText(false);

    private PaperIdentity() {
    }

    /** The keys of a reference (its title read as plain text, math and markup gone). */
    public static List<String> of(Reference r) {
        return keys(PLAIN.plain(r.title()), r.isArxiv() ? r.eprint() : "", r.doi());
    }

    /** The keys of a record given as plain text (as a library's fields read). */
    public static List<String> keys(String plainTitle, String eprint, String doi) {
        List<String> keys = new ArrayList<>(3);
        String title = Titles.normalize(plainTitle);
        if (!title.isEmpty()) {
            keys.add("title:" + title);
        }
        String id = eprint.strip().replaceAll("v\\d+$", "").toLowerCase(Locale.ROOT);
        if (!id.isEmpty()) {
            keys.add("eprint:" + id);
        }
        String d = doi.strip().toLowerCase(Locale.ROOT);
        if (!d.isEmpty() && !d.startsWith("10.48550/")) {
            keys.add("doi:" + d);
        }
        return keys;
    }
}
