package org.abs2bib.bib;

import java.util.List;
import java.util.Set;

/** A person's name split the way BibTeX wants it: {@code Family, Given} or {@code Family, Jr., Given}. */
public record Name(String family, String given, String suffix) {
    private static final Set<String> SUFFIXES = Set.of("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV");

    public Name(String family, String given) {
        this(family, given, "");
    }

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
        String suffix = "";
        if (words.size() > 2 && SUFFIXES.contains(words.get(words.size() - 1))) {
            suffix = words.get(words.size() - 1);
            words = words.subList(0, words.size() - 1);
        }
        int familyStart = words.size() - 1;
        while (familyStart > 1 && PARTICLES.contains(words.get(familyStart - 1))) {
            familyStart--;
        }
        return new Name(String.join(" ", words.subList(familyStart, words.size())),
                String.join(" ", words.subList(0, familyStart)), suffix);
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

    /** "Family, Given", "Family, Jr., Given", or just "Family". */
    public String bibtex() {
        String middle = suffix.isEmpty() ? "" : ", " + suffix;
        return given.isEmpty() ? family + middle : family + middle + ", " + given;
    }
}
