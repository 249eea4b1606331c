package org.abs2bib.bib;

import java.util.List;
import java.util.Set;

/** A person's name split the way BibTeX wants it: {@code Family, Given}. */
public record Name(String family, String given) {
    private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "del", "della", "di", "da",
            "dos", "du", "le", "la", "ten", "ter", "bin", "al");

    /**
     * Reads "Ada Lovelace", "Lovelace, Ada" or "Ludwig van Beethoven" (particles stay with the family name, as
     * BibTeX's "von" part).
     */
    public static Name parse(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        int comma = t.indexOf(',');
        if (comma >= 0) {
            return new Name(t.substring(0, comma).strip(), t.substring(comma + 1).strip());
        }
        List<String> words = List.of(t.split(" "));
        int familyStart = words.size() - 1;
        while (familyStart > 1 && PARTICLES.contains(words.get(familyStart - 1))) {
            familyStart--;
        }
        return new Name(String.join(" ", words.subList(familyStart, words.size())),
                String.join(" ", words.subList(0, familyStart)));
    }

    /** The family name without particles, for citation keys: "van Beethoven" → "Beethoven". */
    public String familyForKey() {
        String[] words = family.split(" ");
        int k = 0;
        while (k < words.length - 1 && PARTICLES.contains(words[k])) {
            k++;
        }
        return String.join(" ", List.of(words).subList(k, words.length));
    }

    /** "Family, Given", or just "Family". */
    public String bibtex() {
        return given.isEmpty() ? family : family + ", " + given;
    }
}
