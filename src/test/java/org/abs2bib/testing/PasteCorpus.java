package org.abs2bib.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.abs2bib.dump.Dump;
import org.abs2bib.dump.DumpException;
import org.abs2bib.dump.DumpReader;
import org.abs2bib.dump.Paper;

/**
 * The corpus of real-layout pastes ({@code src/test/resources/pastes/SOURCE/NAME.txt}), each beside
 * {@code NAME.expected.json} with the papers a perfect reader finds in it, and the comparison of what the reader
 * found with that: papers found, extra entries, and titles, abstracts, authors and identifiers exactly right.
 */
public final class PasteCorpus {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PasteCorpus() {
    }

    /** One expected paper. Empty strings and lists where the paste does not give a value. */
    public record Expected(String title, String abstractText, List<String> authors, String arxiv, String doi,
                           String pmid) {
    }

    /** How the reader did on one paste. */
    public record Score(Path paste, String source, int expected, int found, int matched, int extra, int titles,
                        int abstracts, int authors, int ids, List<String> misses) {
        public boolean perfect() {
            return matched == expected && extra == 0 && titles == expected && abstracts == expected
                    && authors == expected && ids == expected;
        }
    }

    /** Every paste under {@code root} (one folder a source), in name order. */
    public static List<Path> pastes(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    public static Path expectedFile(Path paste) {
        String name = paste.getFileName().toString();
        return paste.resolveSibling(name.substring(0, name.length() - ".txt".length()) + ".expected.json");
    }

    public static List<Expected> expected(Path paste) throws IOException {
        JsonNode root = JSON.readTree(expectedFile(paste).toFile());
        List<Expected> out = new ArrayList<>();
        for (JsonNode p : root.get("papers")) {
            List<String> authors = new ArrayList<>();
            p.path("authors").forEach(a -> authors.add(norm(a.asText())));
            String doi = p.path("doi").asText("");
            if (doi.toLowerCase(Locale.ROOT).startsWith("10.48550/")) {
                doi = ""; // arXiv's own DOI follows from the id: it is not a second identifier
            }
            out.add(new Expected(norm(p.path("title").asText("")), norm(p.path("abstract").asText("")), authors,
                    p.path("arxiv").asText(""), doi.toLowerCase(Locale.ROOT), p.path("pmid").asText("")));
        }
        return out;
    }

    public static String source(Path paste) throws IOException {
        return JSON.readTree(expectedFile(paste).toFile()).path("source").asText(paste.getParent().getFileName()
                .toString());
    }

    public static Dump read(Path paste) throws IOException, DumpException {
        try (InputStream in = Files.newInputStream(paste)) {
            return DumpReader.read(in, paste.getFileName().toString());
        }
    }

    /** Compares what the reader found in {@code paste} with its expected papers. */
    public static Score score(Path paste) throws IOException {
        List<Expected> want = expected(paste);
        List<Paper> got;
        List<String> misses = new ArrayList<>();
        try {
            got = read(paste).papers();
        } catch (DumpException e) {
            got = List.of();
            misses.add("refused: " + e.located());
        }
        boolean[] used = new boolean[got.size()];
        int matched = 0;
        int titles = 0;
        int abstracts = 0;
        int authors = 0;
        int ids = 0;
        int cursor = 0;
        for (Expected e : want) {
            int k = find(e, got, used, cursor);
            if (k < 0) {
                misses.add("not found: " + e.title());
                continue;
            }
            used[k] = true;
            cursor = k + 1;
            matched++;
            Paper p = got.get(k);
            if (norm(p.title()).equals(e.title())) {
                titles++;
            } else {
                misses.add("title: " + p.title() + "\n      want: " + e.title());
            }
            if (norm(p.abstractText()).equals(e.abstractText())) {
                abstracts++;
            } else {
                misses.add("abstract of " + e.title() + ":\n      got:  " + cut(norm(p.abstractText()))
                        + "\n      want: " + cut(e.abstractText()) + "\n      at:   " + firstDifference(
                        norm(p.abstractText()), e.abstractText()));
            }
            List<String> a = p.authors().stream().map(PasteCorpus::norm).toList();
            if (a.equals(e.authors())) {
                authors++;
            } else {
                misses.add("authors of " + e.title() + ": " + a + "\n      want: " + e.authors());
            }
            String doi = p.doi().toLowerCase(Locale.ROOT);
            if (p.arxivId().equals(e.arxiv()) && doi.equals(e.doi()) && p.pmid().equals(e.pmid())) {
                ids++;
            } else {
                misses.add("ids of " + e.title() + ": " + p.arxivId() + " " + doi + " " + p.pmid() + "\n      want: "
                        + e.arxiv() + " " + e.doi() + " " + e.pmid());
            }
        }
        int extra = 0;
        for (int k = 0; k < got.size(); k++) {
            if (!used[k]) {
                extra++;
                misses.add("extra entry: line " + got.get(k).line() + ": " + got.get(k).title());
            }
        }
        return new Score(paste, source(paste), want.size(), got.size(), matched, extra, titles, abstracts, authors,
                ids, misses);
    }

    /** The found paper for an expected one: the same title, else the next one in order whose title overlaps. */
    private static int find(Expected e, List<Paper> got, boolean[] used, int cursor) {
        for (int k = 0; k < got.size(); k++) {
            if (!used[k] && norm(got.get(k).title()).equalsIgnoreCase(e.title())) {
                return k;
            }
        }
        String key = letters(e.title());
        for (int k = 0; k < got.size(); k++) {
            String t = letters(got.get(k).title());
            if (!used[k] && !t.isEmpty() && key.length() >= 8 && (t.contains(key.substring(0, Math.min(20, key.length())))
                    || key.contains(t.substring(0, Math.min(20, t.length()))))) {
                return k;
            }
        }
        return -1;
    }

    private static String letters(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    static String norm(String s) {
        return s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static String cut(String s) {
        return s.length() <= 140 ? s : s.substring(0, 70) + " … " + s.substring(s.length() - 60);
    }

    private static String firstDifference(String a, String b) {
        int k = 0;
        while (k < a.length() && k < b.length() && a.charAt(k) == b.charAt(k)) {
            k++;
        }
        int from = Math.max(0, k - 30);
        return "got «" + a.substring(from, Math.min(a.length(), k + 40)) + "» want «"
                + b.substring(from, Math.min(b.length(), k + 40)) + "»";
    }
}
