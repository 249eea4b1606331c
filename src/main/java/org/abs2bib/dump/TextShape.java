package org.abs2bib.dump;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a line of a dump looks like: a title, an abstract, a list marker, an arXiv id. Titles and abstracts are told
 * apart by length and sentence structure, not by their position, so a missing abstract does not shift every later
 * paper by one line.
 */
final class TextShape {
    /** Sentence ends: ". " before a capital, or "? "/"! " before a capital. Abbreviations like "e.g. " do not count. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<![A-Z]\\.[a-z]|\\b[a-zA-Z])[.?!]\\s+(?=[A-Z\"“(])");
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:\\(?\\d{1,5}[.)]|\\[\\d{1,5}]|[-*•–·])\\s+");
    private static final Pattern ARXIV_ID_LINE = Pattern.compile(
            "^\\s*(?:\\[\\d+]\\s*)?(?:arXiv:\\s*|https?://(?:www\\.|export\\.)?arxiv\\.org/(?:abs|pdf)/)"
                    + "((?:\\d{4}\\.\\d{4,5})|(?:[a-z-]+(?:\\.[A-Z]{2})?/\\d{7}))(?:v\\d+)?(?:\\.pdf)?\\b.{0,40}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WHITE = Pattern.compile("\\s+");

    /** Titles on arXiv are at most about 300 characters; abstracts are rarely under 400. */
    static final int LONGEST_TITLE = 300;

    private TextShape() {
    }

    static String collapse(String text) {
        return WHITE.matcher(text).replaceAll(" ").strip();
    }

    static int sentenceEnds(String text) {
        Matcher m = SENTENCE_END.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /**
     * True for text that reads like (part of) an abstract: long, or several sentences, or one full sentence ending
     * in a period. Titles rarely end in a period and almost never hold two sentences.
     */
    static boolean looksLikeAbstract(String text) {
        String t = text.strip();
        if (t.length() > LONGEST_TITLE) {
            return true;
        }
        if (sentenceEnds(t) >= 2) {
            return true;
        }
        boolean endsWithPeriod = t.endsWith(".") && !t.endsWith("et al.");
        return endsWithPeriod && (sentenceEnds(t) >= 1 || t.split("\\s+").length >= 6);
    }

    /**
     * True when {@code line} stops mid-sentence and {@code next} carries the sentence on in lower case: a wrapped
     * paragraph, not a title followed by its abstract (which starts with a capital).
     */
    static boolean continuesSentence(String line, String next) {
        String t = line.strip();
        String n = next.strip();
        boolean open = !t.isEmpty() && ".?!:".indexOf(t.charAt(t.length() - 1)) < 0;
        return open && !n.isEmpty() && Character.isLowerCase(n.charAt(0));
    }

    static boolean hasListMarker(String text) {
        return LIST_MARKER.matcher(text).find();
    }

    static String stripListMarker(String text) {
        return LIST_MARKER.matcher(text).replaceFirst("");
    }

    /** The arXiv id (without version) when the whole line is just an id or an arXiv link, else {@code null}. */
    static String arxivIdLine(String text) {
        Matcher m = ARXIV_ID_LINE.matcher(text);
        return m.matches() ? m.group(1) : null;
    }

    /** The text cut to a length that fits in a message. */
    static String shorten(CharSequence text) {
        String s = collapse(text.toString());
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
