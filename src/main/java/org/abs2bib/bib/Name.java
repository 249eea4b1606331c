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
        int n = words.size();
        if (n >= 2 && isBareInitials(words.get(n - 1)) && !isBareInitials(words.get(0))) {
            // MEDLINE's "Bran AM", "van der Berg JM": the family name first, the initials after it
            return new Name(String.join(" ", words.subList(0, n - 1)), initials(words.get(n - 1)));
        }
        if (n >= 2 && isBareInitials(words.get(0)) && !isBareInitials(words.get(n - 1))) {
            // Google Scholar's "LL Zhang", "EM Ponti": the initials first, run together
            int k = 1;
            while (k < n - 1 && isBareInitials(words.get(k))) {
                k++;
            }
            StringBuilder given = new StringBuilder();
            for (String w : words.subList(0, k)) {
                given.append(given.length() == 0 ? "" : " ").append(initials(w));
            }
            return new Name(String.join(" ", words.subList(k, n)), given.toString());
        }
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

    /** One to three capitals without periods ("AM", "LL", "Y"): initials as bibliographic databases print them. */
    private static boolean isBareInitials(String w) {
        return w.length() <= 3 && w.chars().allMatch(Character::isUpperCase) && !SUFFIXES.contains(w);
    }

    /** "AM" as BibTeX wants it: "A. M.", so styles abbreviate and sort it as two initials. */
    private static String initials(String w) {
        StringBuilder out = new StringBuilder();
        for (char c : w.toCharArray()) {
            out.append(out.length() == 0 ? "" : " ").append(c).append('.');
        }
        return out.toString();
    }

    /** "Family, Given", "Family, Jr., Given", or just "Family". */
    public String bibtex() {
        String middle = suffix.isEmpty() ? "" : ", " + suffix;
        return given.isEmpty() ? family + middle : family + middle + ", " + given;
    }
}
