package org.abs2bib.lookup;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One normal form for titles on both sides of a match, and the words a query is built from: ASCII-folded, lower
 * case, LaTeX markup and punctuation gone, dashes and hyphens as spaces, white space collapsed. The search engine
 * chokes on braces, accents and quotes (JabRef's lookups broke on them), so none reach a query.
 */
public final class Titles {
    private static final Pattern LATEX_COMMAND = Pattern.compile("\\\\[a-zA-Z]+\\s*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

    private Titles() {
    }

    public static String normalize(String title) {
        // braces and dollars only group ({BERT}ology is one word); commands like \textit go, their text stays
        String t = LATEX_COMMAND.matcher(title).replaceAll(" ").replace("{", "").replace("}", "").replace("$", "");
        t = Normalizer.normalize(t, Normalizer.Form.NFKD);
        t = MARKS.matcher(t).replaceAll("");
        t = t.replace("ß", "ss").replace("æ", "ae").replace("ø", "o").replace("ł", "l");
        t = t.toLowerCase(Locale.ROOT);
        return NOT_WORD.matcher(t).replaceAll(" ").strip();
    }

    /** Levenshtein distance, for near matches of normalized titles. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** 1 for equal strings, falling towards 0 as the edit distance grows relative to the longer one. */
    static double similarity(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        return longer == 0 ? 1 : 1 - (double) distance(a, b) / longer;
    }
}
