package org.abs2bib.bib;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.abs2bib.dump.Diagnostic;

/**
 * The same paper pasted twice into a dump becomes one entry: same normalized title, or same arXiv id, and nothing
 * that both copies give (first author, year, id) disagreeing. The first keeps its place and takes from the later
 * copies what it lacks (an abstract, authors, an id); each merge is reported with both lines.
 */
public final class Duplicates {
    /** What merging left, and what it said about it. */
    public record Result(List<Reference> references, List<Diagnostic> merged) {
    }

    private Duplicates() {
    }

    public static Result merge(List<Reference> references) {
        List<Reference> kept = new ArrayList<>();
        List<Diagnostic> merged = new ArrayList<>();
        Map<String, Integer> byIdentity = new HashMap<>();
        for (Reference r : references) {
            List<String> identities = PaperIdentity.of(r);
            Integer first = identities.stream().map(byIdentity::get).filter(i -> i != null).findFirst().orElse(null);
            if (first != null && !compatible(kept.get(first), r)) {
                first = null; // one title, two papers: different authors, years or ids say so
            }
            if (first == null) {
                identities.forEach(id -> byIdentity.put(id, kept.size()));
                kept.add(r);
                continue;
            }
            Reference original = kept.get(first);
            kept.set(first, fold(original, r));
            Integer index = first;
            identities.forEach(id -> byIdentity.putIfAbsent(id, index));
            merged.add(note(original, r));
        }
        return new Result(kept, merged);
    }

    /** Two copies are one paper unless what both give disagrees: first author, year or arXiv id. */
    static boolean compatible(Reference a, Reference b) {
        if (!a.year().isEmpty() && !b.year().isEmpty() && !a.year().equals(b.year())) {
            return false;
        }
        if (a.isArxiv() && b.isArxiv() && !a.eprint().equals(b.eprint())) {
            return false;
        }
        return a.authors().isEmpty() || b.authors().isEmpty()
                || a.authors().get(0).familyForKey().equalsIgnoreCase(b.authors().get(0).familyForKey());
    }

    /**
     * The entry merging keeps ({@code first}: the first copy, with what earlier copies added), with what only the
     * {@code later} copy has: an abstract, authors, an arXiv id with its year.
     */
    public static Reference fold(Reference first, Reference later) {
        Reference.Builder b = first.toBuilder();
        if (first.abstractText().isEmpty()) {
            b.abstractText(later.abstractText());
        }
        if (first.authors().isEmpty() && !later.authors().isEmpty()) {
            b.authors(later.authors());
        }
        if (!first.isArxiv() && later.isArxiv()) {
            b.eprint(later.eprint()).year(later.year()).doi(later.doi()).url(later.url())
                    .primaryClass(later.primaryClass());
        }
        return b.build();
    }

    /** The warning that {@code later} was folded into {@code first}, naming both lines. */
    public static Diagnostic note(Reference first, Reference later) {
        return new Diagnostic(later.source(), later.line(), "the same paper as line " + first.line()
                + (first.source().equals(later.source()) ? "" : " of " + first.source())
                + " (\"" + shorten(later.title()) + "\"); merged into one entry");
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
