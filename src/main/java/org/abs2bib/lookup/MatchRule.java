package org.abs2bib.lookup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decides whether an arXiv record is the paper the dump means. A wrong author list is worse than none, so: an exact
 * match of normalized titles, unique among the candidates (titles are not unique across arXiv); or a near match
 * (a typo, a changed word ending) only where authors or year from the dump agree. When the dump gives authors or a
 * year, they must agree even with an exact title. Everything else stays unmatched, with the reason.
 */
public final class MatchRule {
    /** Near matches: at most this many edits … */
    static final int NEAR_EDITS = 3;
    /** … and at least this similarity. */
    static final double NEAR_SIMILARITY = 0.93;

    /** Picks the record among candidates, or says why none. */
    public Match decide(Query q, List<ArxivRecord> candidates) {
        String title = q.normalizedTitle();
        List<ArxivRecord> exact = new ArrayList<>();
        List<ArxivRecord> near = new ArrayList<>();
        ArxivRecord closest = null;
        double best = 0;
        for (ArxivRecord r : candidates) {
            String other = Titles.normalize(r.title());
            if (other.equals(title)) {
                addOnce(exact, r);
                continue;
            }
            double sim = Titles.similarity(title, other);
            if (sim > best) {
                best = sim;
                closest = r;
            }
            if (sim >= NEAR_SIMILARITY && Titles.distance(title, other) <= NEAR_EDITS) {
                addOnce(near, r);
            }
        }
        boolean corroborates = !q.authors().isEmpty() || !q.year().isEmpty();
        if (!exact.isEmpty()) {
            List<ArxivRecord> agreeing = exact.stream().filter(r -> agrees(q, r)).toList();
            if (agreeing.size() == 1) {
                return Match.of(agreeing.get(0), false);
            }
            if (agreeing.isEmpty()) {
                return Match.none("arXiv's " + ids(exact) + " has this title but "
                        + (q.authors().isEmpty() ? "another year" : "other authors") + " than the dump", false);
            }
            return Match.none("ambiguous: " + agreeing.size() + " arXiv papers have this title (" + ids(agreeing)
                    + "); give authors or a year in the dump to choose", false);
        }
        if (!near.isEmpty()) {
            if (!corroborates) {
                return Match.none("only a near match (" + ids(near) + ": \"" + near.get(0).title()
                        + "\"); not accepted without authors or a year in the dump to confirm it", false);
            }
            List<ArxivRecord> agreeing = near.stream().filter(r -> agrees(q, r)).toList();
            if (agreeing.size() == 1) {
                return Match.of(agreeing.get(0), false);
            }
            return Match.none("near matches (" + ids(near) + ") do not agree with the dump's authors or year", false);
        }
        return Match.none(closest == null ? "not found on arXiv" : String.format(Locale.ROOT,
                "not found on arXiv (closest: %s \"%s\", %.0f%% similar)", closest.id(), closest.title(), best * 100),
                false);
    }

    /** A record named by an id in the dump: accepted when its title is the dump's, or close to it. */
    public Match decideById(Query q, ArxivRecord r) {
        String a = q.normalizedTitle();
        String b = Titles.normalize(r.title());
        if (a.isEmpty() || a.equals(b) || Titles.similarity(a, b) >= 0.8 || b.contains(a) || a.contains(b)) {
            return Match.of(r, false);
        }
        return Match.none("the dump's arXiv id " + r.id() + " belongs to \"" + r.title() + "\", not this title", false);
    }

    /** Authors agree when the dump's first author's family name is among arXiv's; a year when it is v1's. */
    static boolean agrees(Query q, ArxivRecord r) {
        if (!q.year().isEmpty() && !q.year().equals(r.year())) {
            return false;
        }
        if (q.authors().isEmpty()) {
            return true;
        }
        String family = lastWord(q.authors().get(0));
        return r.authors().stream().anyMatch(a -> lastWord(a).equals(family));
    }

    private static String lastWord(String name) {
        String n = Titles.normalize(name.contains(",") ? name.substring(0, name.indexOf(',')) : name);
        return n.substring(n.lastIndexOf(' ') + 1);
    }

    private static void addOnce(List<ArxivRecord> list, ArxivRecord r) {
        if (list.stream().noneMatch(x -> x.id().equals(r.id()))) {
            list.add(r);
        }
    }

    private static String ids(List<ArxivRecord> records) {
        return String.join(", ", records.stream().map(ArxivRecord::id).toList());
    }
}
