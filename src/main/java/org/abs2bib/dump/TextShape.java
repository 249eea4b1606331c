package org.abs2bib.dump;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a line of a dump looks like: a title, an abstract, a list marker, an arXiv id. Titles and abstracts are told
 * apart by length and sentence structure, not by their position, so a missing abstract does not shift every later
 * paper by one line.
 */
final class TextShape {
    /**
     * Sentence ends: ". " before a capital or a letter of a script without case (Arabic, Chinese), or a full stop of
     * Chinese or Japanese anywhere. Abbreviations like "e.g. " do not count.
     */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<![A-Z]\\.[a-z]|\\b[a-zA-Z])[.?!]\\s+(?=[\\p{Lu}\\p{Lo}\"“(])|[。！？](?=.)");
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

    /**
     * Invisible characters a web copy drags along that no reference needs and that break LaTeX: control characters,
     * zero-width spaces, byte order marks, bidirectional overrides. (Zero-width joiners stay: some scripts need them.)
     */
    private static final Pattern INVISIBLE = Pattern.compile(
            "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\u200B\\u200E\\u200F\\u202A-\\u202E\\u2060\\u2066-\\u2069\\uFEFF]");
    private static final Pattern LINE_SEPARATORS = Pattern.compile("[\\u2028\\u2029\\u0085]");

    /** The text without {@link #INVISIBLE} characters; the same string when there are none (the common case). */
    static String stripInvisible(String text) {
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c < 0x20 && c != '\t' || c == 0x7F || c >= 0x200B && c <= 0x2069 || c == 0xFEFF) {
                return INVISIBLE.matcher(text).replaceAll("");
            }
        }
        return text;
    }

    /**
     * Text as one line: white space collapsed, invisible characters removed, composed to NFC so that "e" plus a
     * combining accent is the one letter "é" that LaTeX and key transliteration know.
     */
    static String collapse(String text) {
        String t = LINE_SEPARATORS.matcher(text).replaceAll(" ");
        t = INVISIBLE.matcher(t).replaceAll("");
        if (!java.text.Normalizer.isNormalized(t, java.text.Normalizer.Form.NFC)) {
            t = java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFC);
        }
        return WHITE.matcher(t).replaceAll(" ").strip();
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
     * True for text that reads like (part of) an abstract: several sentences, or one sentence and some length, or a
     * full sentence ending in a period, or a long run of prose. Titles rarely end in a period and almost never hold
     * two sentences; the longest arXiv titles have about 300 characters and no sentence end.
     */
    static boolean looksLikeAbstract(String text) {
        String t = text.strip();
        int ends = sentenceEnds(t);
        if (ends >= 2 || ends >= 1 && t.length() >= 120) {
            return true;
        }
        int words = t.split("\\s+").length;
        boolean endsWithPeriod = t.endsWith(".") && !t.endsWith("et al.") || t.endsWith("。");
        if (endsWithPeriod && (words >= 6 || t.length() >= 20 && !t.contains(" "))) {
            return true;
        }
        // a long line with no sentence in it at all is a long title, unless it runs on like prose
        return t.length() > LONGEST_TITLE && (ends >= 1 || endsWithPeriod || words > 60);
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
