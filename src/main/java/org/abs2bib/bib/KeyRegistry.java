package org.abs2bib.bib;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Makes citation keys unique within one output: the first paper keeps its key, later ones get a, b, … z, aa, …
 * as JabRef and Better BibTeX do. Keys compare case-insensitively, as BibTeX compares them. Input order decides
 * who gets the suffix, so the same input gives the same keys on every run.
 */
public final class KeyRegistry {
    private final Set<String> used = new HashSet<>();

    /** Marks a key as taken, e.g. one already in a library being merged into. */
    public void reserve(String key) {
        used.add(key.toLowerCase(Locale.ROOT));
    }

    public boolean isTaken(String key) {
        return used.contains(key.toLowerCase(Locale.ROOT));
    }

    /** The key itself if free, else the first free suffixed form; the result is then taken. */
    public String claim(String key) {
        String candidate = key;
        for (int n = 0; isTaken(candidate); n++) {
            candidate = key + suffix(n);
        }
        reserve(candidate);
        return candidate;
    }

    /** 0 → a, 25 → z, 26 → aa, … */
    static String suffix(int n) {
        StringBuilder s = new StringBuilder();
        int k = n;
        do {
            s.insert(0, (char) ('a' + k % 26));
            k = k / 26 - 1;
        } while (k >= 0);
        return s.toString();
    }
}
