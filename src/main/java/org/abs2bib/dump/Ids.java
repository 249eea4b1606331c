package org.abs2bib.dump;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identifiers a line of a paste names: an arXiv id (from {@code arXiv:ID}, an {@code abs/} or {@code pdf/} link,
 * with or without version), a DOI, a PubMed id, and an arXiv category printed beside the id.
 */
record Ids(String arxiv, String doi, String pmid, String category) {
    static final Ids NONE = new Ids("", "", "", "");

    private static final String NEW_ID = "\\d{4}\\.\\d{4,5}";
    private static final String OLD_ID = "[a-z-]+(?:\\.[A-Z]{2})?/\\d{7}";
    private static final Pattern ARXIV = Pattern.compile(
            "(?:\\barXiv\\s*:\\s*|arxiv\\.org/(?:abs|pdf|html)/|\\bhuggingface\\.co/papers/|alphaxiv\\.org/(?:abs|overview)/"
                    + "|\\barXiv\\s+preprint\\s+(?:arXiv:)?|\\b10\\.48550/arXiv\\.)"
                    + "(" + NEW_ID + "|" + OLD_ID + ")(?:v\\d+)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOI = Pattern.compile(
            "(?:\\bdoi\\s*:\\s*|\\bdoi\\.org/|\\bDOI\\s+)(10\\.\\d{4,9}/[^\\s\"<>]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PMID = Pattern.compile("\\bPMID\\s*:\\s*(\\d{1,9})\\b");
    /** arXiv prints the primary category right after the id: "arXiv:2405.01234 [pdf, other] cs.CL cs.AI". */
    private static final Pattern CATEGORY_AFTER_ID = Pattern.compile(
            "\\]\\s+([a-z-]+\\.[A-Za-z-]+)\\b|\\[([a-z-]+\\.[A-Z]{2})]");

    static Ids in(String text) {
        if (!mayHoldId(text)) {
            return NONE;
        }
        String arxiv = "";
        String doi = "";
        String pmid = "";
        String category = "";
        Matcher m = ARXIV.matcher(text);
        if (m.find()) {
            arxiv = m.group(1);
            Matcher c = CATEGORY_AFTER_ID.matcher(text);
            if (c.find(m.end())) {
                category = c.group(1) != null ? c.group(1) : c.group(2);
            }
        }
        m = DOI.matcher(text);
        while (m.find()) {
            String d = trimDoi(m.group(1));
            if (!d.toLowerCase(Locale.ROOT).startsWith("10.48550/")) {
                doi = d;
                break;
            }
        }
        m = PMID.matcher(text);
        if (m.find()) {
            pmid = m.group(1);
        }
        if (arxiv.isEmpty() && doi.isEmpty() && pmid.isEmpty()) {
            return NONE;
        }
        return new Ids(arxiv, doi, pmid, category);
    }

    /** Every identifier form has "arxiv", "doi", "10." or "pmid" in it: a cheap test before the expressions. */
    private static boolean mayHoldId(String text) {
        for (int i = 0; i + 3 < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c == 'a' && text.regionMatches(true, i, "arxiv", 0, 5) || c == 'd' && text.regionMatches(true, i, "doi", 0, 3)
                    || c == '1' && text.charAt(i + 1) == '0' && text.charAt(i + 2) == '.'
                    || c == 'p' && text.regionMatches(true, i, "pmid", 0, 4)
                    || c == 'h' && text.regionMatches(true, i, "huggingface.co/papers", 0, 21)) {
                return true;
            }
        }
        return false;
    }

    /** A DOI ends before the punctuation a sentence or a Markdown link puts after it. */
    private static String trimDoi(String d) {
        int end = d.length();
        while (end > 0 && ".,;)]}>'\"".indexOf(d.charAt(end - 1)) >= 0) {
            end--;
        }
        return d.substring(0, end);
    }

    boolean isEmpty() {
        return arxiv.isEmpty() && doi.isEmpty() && pmid.isEmpty();
    }
}
