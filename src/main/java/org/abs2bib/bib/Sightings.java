package org.abs2bib.bib;

import java.util.Arrays;
import java.util.List;

/**
 * The papers of one streamed pass over a dump, remembered in a few dozen bytes each, so that {@link Duplicates}'
 * merge can be worked out whatever the dump's size: for each paper, the earlier one merging folds it into, if any. A
 * streamed conversion learns here which papers are copies, then reads the dump again to fold them
 * ({@link Duplicates#fold}) and writes the merged entry in the first copy's place.
 *
 * <p>This is {@link Duplicates#merge} with every string replaced by a hash: each identity ({@link PaperIdentity}:
 * normalized title, arXiv id, DOI; a paper has one to three) is a 64-bit hash pointing at the entry merging keeps for
 * it, and each kept entry holds 32-bit codes of what {@link Duplicates#compatible} compares (year, arXiv id, first
 * author's family name), updated as copies fill it in. That is 12 bytes an identity in a table a quarter to half
 * full (24 to 48 bytes), and 16 bytes a kept entry in arrays that double (16 to 32): 40 to 130 bytes a paper. Two
 * different years, ids or names sharing a code under one identity would merge papers that merging in memory keeps
 * apart; two different identities sharing a 64-bit hash could do that, or send a copy to the wrong entry (and so
 * keep it apart). For a dump of all arXiv the chance of either is below one in a million.
 */
public final class Sightings {
    private static final double LOAD = 0.5;
    private static final int NO_AUTHOR = 0;

    /** Open addressing, linear probing; a slot is free when its identity is 0 (a hash of 0 is stored as 1). */
    private long[] identities = new long[1 << 12];
    /** For each identity, the kept entry it points at (the last one kept under it, as merging's map does). */
    private int[] entries = new int[identities.length];
    private int size;

    /** For each kept entry: its year, arXiv id and first author (0: not given), and the number of its paper. */
    private int[] years = new int[1 << 10];
    private int[] eprints = new int[years.length];
    private int[] authors = new int[years.length];
    private int[] papers = new int[years.length];
    private int kept;
    private int seen;

    /**
     * Looks at the next paper (papers are numbered from 0 in the order they come): the number of the earlier paper
     * merging folds it into, or -1 when merging keeps it as an entry of its own.
     */
    public int sight(Reference r) {
        int paper = seen++;
        List<String> ids = PaperIdentity.of(r);
        long[] hashes = new long[ids.size()];
        int entry = -1;
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = hash(ids.get(i));
            if (entry < 0) {
                entry = find(hashes[i]);
            }
        }
        int year = code(r.year());
        int eprint = r.isArxiv() ? code(r.eprint()) : 0;
        int author = r.authors().isEmpty() ? NO_AUTHOR : given(caseFolded(r.authors().get(0).familyForKey()));
        if (entry >= 0 && !(agree(years[entry], year) && agree(eprints[entry], eprint)
                && agree(authors[entry], author))) {
            entry = -1; // one title, two papers: different authors, years or ids say so
        }
        if (entry < 0) {
            int k = keep(year, eprint, author, paper);
            for (long h : hashes) {
                put(h, k, true);
            }
            return -1;
        }
        // the kept entry takes what the copy adds, as Duplicates.fold does: authors, and an arXiv id with its year
        if (authors[entry] == NO_AUTHOR) {
            authors[entry] = author;
        }
        if (eprints[entry] == 0 && eprint != 0) {
            eprints[entry] = eprint;
            years[entry] = year;
        }
        for (long h : hashes) {
            put(h, entry, false);
        }
        return papers[entry];
    }

    /** Two values agree unless both are given and differ (0: not given). */
    private static boolean agree(int a, int b) {
        return a == 0 || b == 0 || a == b;
    }

    private int keep(int year, int eprint, int author, int paper) {
        if (kept == years.length) {
            int capacity = kept * 2;
            years = Arrays.copyOf(years, capacity);
            eprints = Arrays.copyOf(eprints, capacity);
            authors = Arrays.copyOf(authors, capacity);
            papers = Arrays.copyOf(papers, capacity);
        }
        years[kept] = year;
        eprints[kept] = eprint;
        authors[kept] = author;
        papers[kept] = paper;
        return kept++;
    }

    /** The entry an identity points at, or -1. */
    private int find(long h) {
        for (int slot = slot(h); identities[slot] != 0; slot = next(slot)) {
            if (identities[slot] == h) {
                return entries[slot];
            }
        }
        return -1;
    }

    /** Points an identity at an entry; {@code replace} false leaves one already pointing elsewhere as it is. */
    private void put(long h, int entry, boolean replace) {
        if (size + 1 > identities.length * LOAD) {
            grow();
        }
        int slot = slot(h);
        for (; identities[slot] != 0; slot = next(slot)) {
            if (identities[slot] == h) {
                if (replace) {
                    entries[slot] = entry;
                }
                return;
            }
        }
        identities[slot] = h;
        entries[slot] = entry;
        size++;
    }

    private void grow() {
        long[] oldIdentities = identities;
        int[] oldEntries = entries;
        identities = new long[oldIdentities.length * 2];
        entries = new int[identities.length];
        for (int k = 0; k < oldIdentities.length; k++) {
            if (oldIdentities[k] != 0) {
                int slot = slot(oldIdentities[k]);
                while (identities[slot] != 0) {
                    slot = next(slot);
                }
                identities[slot] = oldIdentities[k];
                entries[slot] = oldEntries[k];
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

    /** A value's code: 0 when empty (not given), else its hash, never 0. */
    private static int code(String s) {
        return s.isEmpty() ? 0 : given(s);
    }

    /** The code of a value that is given, even empty (a first author whose family name is blank): never 0. */
    private static int given(String s) {
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
