package org.abs2bib.bib;

import java.util.List;

/**
 * The papers of one streamed pass over a dump, remembered in a few dozen bytes each so that a paper pasted twice is
 * noticed whatever the dump's size: a streamed run cannot merge copies (the first is written before the second is
 * read), so it hands such a dump to the in-memory route, which merges by {@link Duplicates}' rules.
 *
 * <p>Each identity ({@link PaperIdentity}: normalized title, arXiv id, DOI; a paper has one to three) is kept as a
 * 64-bit hash beside hashes of what {@link Duplicates#compatible} compares (year, arXiv id, first author's family
 * name), one entry for each different paper under that identity: 20 bytes in a table at most half full, so 40 to 80
 * bytes an identity. A collision can only make two papers look alike, never different: at worst a dump goes the
 * in-memory way without need. Whenever merging would fold anything in a dump, a sighting is reported at or before
 * its first merge (which is always against an unmerged earlier paper, kept here under the shared identity); after
 * that the streamed run has declined, so later papers need not be judged as merging would.
 */
public final class Sightings {
    private static final double LOAD = 0.5;

    /** Open addressing, linear probing; a slot is free when its identity is 0 (a hash of 0 is stored as 1). */
    private long[] identities = new long[1 << 12];
    private int[] years = new int[identities.length];
    private int[] eprints = new int[identities.length];
    private int[] authors = new int[identities.length];
    private int size;

    /**
     * True the first time a paper is seen; false when an earlier paper (as given, not merged) shares an identity with
     * it and nothing that both give disagrees.
     */
    public boolean firstSighting(Reference r) {
        List<String> ids = PaperIdentity.of(r);
        int year = code(r.year());
        int eprint = r.isArxiv() ? code(r.eprint()) : 0;
        int author = r.authors().isEmpty() ? 0 : code(caseFolded(r.authors().get(0).familyForKey()));
        long[] hashes = new long[ids.size()];
        boolean first = true;
        for (int i = 0; i < hashes.length; i++) {
            long h = hash(ids.get(i));
            hashes[i] = h;
            for (int slot = slot(h); first && identities[slot] != 0; slot = next(slot)) {
                if (identities[slot] == h && agree(years[slot], year) && agree(eprints[slot], eprint)
                        && agree(authors[slot], author)) {
                    first = false;
                }
            }
        }
        for (long h : hashes) { // a copy is kept too: a later paper may agree with it and not with the first
            put(h, year, eprint, author);
        }
        return first;
    }

    /** Two values agree unless both are given and differ (0: not given). */
    private static boolean agree(int a, int b) {
        return a == 0 || b == 0 || a == b;
    }

    private void put(long h, int year, int eprint, int author) {
        if (size + 1 > identities.length * LOAD) {
            grow();
        }
        int slot = slot(h);
        for (; identities[slot] != 0; slot = next(slot)) {
            if (identities[slot] == h && years[slot] == year && eprints[slot] == eprint && authors[slot] == author) {
                return;
            }
        }
        set(slot, h, year, eprint, author);
        size++;
    }

    private void set(int slot, long h, int year, int eprint, int author) {
        identities[slot] = h;
        years[slot] = year;
        eprints[slot] = eprint;
        authors[slot] = author;
    }

    private void grow() {
        long[] oldIdentities = identities;
        int[] oldYears = years;
        int[] oldEprints = eprints;
        int[] oldAuthors = authors;
        int capacity = oldIdentities.length * 2;
        identities = new long[capacity];
        years = new int[capacity];
        eprints = new int[capacity];
        authors = new int[capacity];
        for (int k = 0; k < oldIdentities.length; k++) {
            if (oldIdentities[k] != 0) {
                int slot = slot(oldIdentities[k]);
                while (identities[slot] != 0) {
                    slot = next(slot);
                }
                set(slot, oldIdentities[k], oldYears[k], oldEprints[k], oldAuthors[k]);
            }
        }
    }

    private int slot(long h) {
        return (int) (h ^ (h >>> 32)) & (identities.length - 1);
    }

    private int next(int slot) {
        return (slot + 1) & (identities.length - 1);
    }

    /** A 64-bit FNV-1a hash of the string's characters, mixed (0 is kept for a free slot). */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int k = 0; k < s.length(); k++) {
            h ^= s.charAt(k);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    /** A value's code: 0 when not given, else its hash, never 0. */
    private static int code(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        long h = hash(s);
        int c = (int) (h ^ (h >>> 32));
        return c == 0 ? 1 : c;
    }

    /** Folded as {@link String#equalsIgnoreCase} compares: code point by code point (Adlam names have cases too). */
    private static String caseFolded(String s) {
        return s.codePoints().map(c -> Character.toLowerCase(Character.toUpperCase(c)))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
