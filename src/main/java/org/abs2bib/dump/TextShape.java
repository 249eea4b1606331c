package org.abs2bib.dump;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a line of a dump looks like: a title, an abstract, a list marker, an arXiv id. Titles and abstracts are told
 * apart by length and sentence structure, not by their position, so a missing abstract does not shift every later
 * paper by one line.
 */
final class TextShape {
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:\\(?\\d{1,5}[.)]|\\[\\d{1,5}]|[-*•–·])\\s+");
    private static final Pattern ARXIV_ID_LINE = Pattern.compile(
            "^\\s*(?:\\[\\d+]\\s*)?(?:arXiv:\\s*|https?://(?:www\\.|export\\.)?arxiv\\.org/(?:abs|pdf)/)"
                    + "((?:\\d{4}\\.\\d{4,5})|(?:[a-z-]+(?:\\.[A-Z]{2})?/\\d{7}))(?:v\\d+)?(?:\\.pdf)?\\b.{0,40}$",
            Pattern.CASE_INSENSITIVE);

    /** Titles on arXiv are at most about 300 characters; abstracts are rarely under 400. */
    static final int LONGEST_TITLE = 300;

    private TextShape() {
    }

    /** The text without invisible characters ({@link #isInvisible}); the same string when there are none. */
    static String stripInvisible(String text) {
        for (int k = 0; k < text.length(); k++) {
            if (isInvisible(text.charAt(k))) {
                StringBuilder out = new StringBuilder(text.length());
                out.append(text, 0, k);
                for (int j = k + 1; j < text.length(); j++) {
                    if (!isInvisible(text.charAt(j))) {
                        out.append(text.charAt(j));
                    }
                }
                return out.toString();
            }
        }
        return text;
    }

    /**
     * Invisible characters a web copy drags along that no reference needs and that break LaTeX: control characters,
     * zero-width spaces, byte order marks, bidirectional overrides. (Zero-width joiners stay: some scripts need them.)
     */
    private static boolean isInvisible(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F || c == 0x200B || c == 0x200E
                || c == 0x200F || c >= 0x202A && c <= 0x202E || c == 0x2060 || c >= 0x2066 && c <= 0x2069
                || c == 0xFEFF;
    }

    /** U+0300, the first combining mark: text below it needs no normalisation. */
    static final char FIRST_NOT_SURELY_NFC = '\u0300';

    /**
     * Text as one line: white space collapsed, invisible characters removed, composed to NFC so that "e" plus a
     * combining accent is the one letter "é" that LaTeX and key transliteration know.
     */
    static String collapse(String text) {
        int regular = regularPrefix(text);
        if (regular == text.length()) {
            return text; // most of a dump: printable ASCII, words one space apart, nothing to do
        }
        // the regular prefix goes over as it is, but for a space before the first irregular character, which the
        // loop below must see (to drop it at the end or fold it into the spaces that follow)
        int copied = regular > 0 && text.charAt(regular - 1) == ' ' ? regular - 1 : regular;
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, copied);
        boolean space = copied < regular;
        char highest = copied > 0 ? '~' : 0;
        for (int i = regular; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) && c != '\u00A0' || c == '\u0085') {
                space = out.length() > 0;
            } else if (!isInvisible(c)) {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
                highest = (char) Math.max(highest, c);
            }
        }
        String t = out.toString();
        // below U+0300 (where combining marks begin) every character is already NFC (Unicode's NFC_Quick_Check=Yes):
        // the normaliser's own check cost 4% of a large conversion, for text that is almost always that
        return highest < FIRST_NOT_SURELY_NFC || java.text.Normalizer.isNormalized(t, java.text.Normalizer.Form.NFC)
                ? t : java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFC);
    }

    /**
     * How long a prefix of {@code text} {@link #collapse} would leave as it is, looking no further than printable
     * ASCII: no space first, none after another; the whole text when it ends on no space.
     */
    static int regularPrefix(String text) {
        int len = text.length();
        for (int i = 0; i < len; i++) {
            char c = text.charAt(i);
            if (c == ' ' ? i == 0 || text.charAt(i - 1) == ' ' : c < '!' || c > '~') {
                return i;
            }
        }
        return len > 0 && text.charAt(len - 1) == ' ' ? len - 1 : len;
    }

    /**
     * Counts sentence ends: ". " (or "? ", "! ") before a capital, a letter of a script without case (Arabic,
     * Chinese), a quote or a parenthesis; and the full stops of Chinese and Japanese. Abbreviations such as "e.g. "
     * and "U.S. " (a single letter before the period) do not count. A loop, not a regular expression: every line of
     * a dump goes through here, several times. Counts no further than {@code enough}: callers ask whether a line has
     * two or three, and an abstract of a dozen need not be read to its end for that.
     */
    static int sentenceEnds(String text, int enough) {
        int n = 0;
        int len = text.length();
        for (int i = 0; i < len && n < enough; i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '！' || c == '？') {
                if (i + 1 < len) {
                    n++;
                }
                continue;
            }
            if (c != '.' && c != '?' && c != '!') {
                continue;
            }
            int j = i + 1;
            if (j >= len || !Character.isWhitespace(text.charAt(j))) {
                continue;
            }
            while (j < len && Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            if (j >= len) {
                continue;
            }
            char next = text.charAt(j);
            int type = Character.getType(next);
            boolean opens = type == Character.UPPERCASE_LETTER || type == Character.OTHER_LETTER || next == '"'
                    || next == '“' || next == '(';
            if (opens && !(c == '.' && abbreviation(text, i))) {
                n++;
            }
        }
        return n;
    }

    /** "e.g." "i.e." "U.S.": a single letter, or a letter-period-letter pattern, right before the period. */
    private static boolean abbreviation(String text, int period) {
        if (period == 0 || !Character.isLetter(text.charAt(period - 1))) {
            return false;
        }
        boolean single = period == 1 || !Character.isLetterOrDigit(text.charAt(period - 2));
        boolean dotted = period >= 3 && text.charAt(period - 2) == '.' && Character.isUpperCase(text.charAt(period - 3))
                && Character.isLowerCase(text.charAt(period - 1));
        return single || dotted;
    }

    private static int words(String t) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < t.length(); i++) {
            boolean space = Character.isWhitespace(t.charAt(i));
            if (!space && !in) {
                n++;
            }
            in = !space;
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
        int ends = sentenceEnds(t, 2);
        if (ends >= 2 || ends >= 1 && t.length() >= 120) {
            return true;
        }
        int words = words(t);
        boolean endsWithPeriod = t.endsWith(".") && !t.endsWith("et al.") || t.endsWith("。");
        if (endsWithPeriod && (words >= 6 || t.length() >= 20 && !t.contains(" "))) {
            return true;
        }
        // a long line with no sentence in it at all is a long title, unless it runs on like prose
        return t.length() > LONGEST_TITLE && (ends >= 1 || endsWithPeriod || words > 60);
    }

    /**
     * True for text that can only be prose: long, or three sentences, or two in 200 characters. Used where titles
     * and abstracts alternate line by line, so that a title with two questions in it ("What Would Elsa Do? Freezing
     * Layers …? …") stays a title.
     */
    static boolean isClearlyProse(String text) {
        String t = text.strip();
        int ends = sentenceEnds(t, 3);
        return t.length() > LONGEST_TITLE && (ends >= 1 || words(t) > 40) || ends >= 3
                || ends >= 2 && t.length() >= 200;
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

    /** No-break spaces as spaces: a paste from Word, a feed reader or a web page is full of them. */
    static String spaces(String text) {
        return text.indexOf('\u00A0') < 0 && text.indexOf('\u202F') < 0 ? text
                : text.replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    /** The text cut to a length that fits in a message. */
    static String shorten(CharSequence text) {
        String s = collapse(text.toString());
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
