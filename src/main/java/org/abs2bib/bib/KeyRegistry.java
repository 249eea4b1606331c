package org.abs2bib.bib;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * Makes citation keys unique within one output: the first paper keeps its key, later ones get a, b, … z, aa, …
 * as JabRef and Better BibTeX do. Keys compare case-insensitively, as BibTeX compares them. Input order decides
 * who gets the suffix, so the same input gives the same keys on every run.
 */
public final class KeyRegistry {
    private final Set<String> used = new HashSet<>();
    /**
     * For each key claimed more than once, the suffix to try first next time: every suffix before it is taken, and
     * keys are never given back. Without it, a dump with thousands of papers on one key (a generated dump, a listing
     * of untitled entries) probes a, b, c, … again for each, quadratic in the number of papers.
     */
    private final Map<String, Integer> nextSuffix = new HashMap<>();

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
        if (isTaken(candidate)) {
            String base = key.toLowerCase(Locale.ROOT);
            int n = nextSuffix.getOrDefault(base, 0);
            while (isTaken(candidate = key + suffix(n))) {
                n++;
            }
            nextSuffix.put(base, n + 1);
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
