package org.abs2bib.testing;

import java.text.Normalizer;
import java.util.Map;

/**
 * Reads back the BibTeX field values abs2bib writes, as a LaTeX reader would, written apart from the encoder so a
 * test can check one against the other. jbibtex's own decoder cannot serve here: it stops at CJK characters and at
 * math. Knows what abs2bib writes: escaped specials, the text-symbol commands, accent commands, formatting commands,
 * protective braces, math, ties. Dashes and quote ligatures ({@code --}, {@code ``}) are left as written: abs2bib
 * documents that it keeps them as LaTeX typesets them, and compares them as text.
 */
public final class LatexDecoder {
    private static final Map<String, String> SYMBOLS = Map.ofEntries(Map.entry("textasciitilde", "~"),
            Map.entry("textasciicircum", "^"), Map.entry("textbackslash", "\\"), Map.entry("textless", "<"),
            Map.entry("textgreater", ">"), Map.entry("textbar", "|"), Map.entry("textbraceleft", "{"),
            Map.entry("textbraceright", "}"), Map.entry("ldots", "…"), Map.entry("ss", "ß"), Map.entry("ae", "æ"),
            Map.entry("AE", "Æ"), Map.entry("o", "ø"), Map.entry("O", "Ø"), Map.entry("oe", "œ"), Map.entry("OE", "Œ"),
            Map.entry("l", "ł"), Map.entry("L", "Ł"), Map.entry("i", "ı"));
    private static final Map<Character, Character> ACCENTS = Map.ofEntries(Map.entry('`', '\u0300'),
            Map.entry('\'', '\u0301'), Map.entry('^', '\u0302'), Map.entry('~', '\u0303'), Map.entry('=', '\u0304'),
            Map.entry('u', '\u0306'), Map.entry('.', '\u0307'), Map.entry('"', '\u0308'), Map.entry('r', '\u030A'),
            Map.entry('H', '\u030B'), Map.entry('v', '\u030C'), Map.entry('c', '\u0327'), Map.entry('k', '\u0328'));

    private LatexDecoder() {
    }

    public static String decode(String latex) {
        StringBuilder out = new StringBuilder();
        decode(latex, 0, latex.length(), out);
        return Normalizer.normalize(out.toString(), Normalizer.Form.NFC);
    }

    private static void decode(String s, int from, int to, StringBuilder out) {
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < to) {
                i = command(s, i + 1, to, out);
            } else if (c == '{' || c == '}') {
                i++; // grouping (protection) only
            } else if (c == '~') {
                out.append('\u00A0'); // a tie: LaTeX's non-breaking space (abs2bib writes ~ for U+00A0 in ASCII mode)
                i++;
            } else if (c == '$') {
                int close = s.indexOf('$', i + 1);
                out.append(s, i + 1, close);
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
    }

    /** Decodes the command after a backslash at {@code i}; returns the index after it. */
    private static int command(String s, int i, int to, StringBuilder out) {
        char c = s.charAt(i);
        if ("%&#_${}".indexOf(c) >= 0) {
            out.append(c);
            return i + 1;
        }
        if (ACCENTS.containsKey(c) && !(Character.isLetter(c) && i + 1 < to && Character.isLetter(s.charAt(i + 1)))) {
            int j = i + 1;
            boolean braced = j < to && s.charAt(j) == '{';
            if (braced) {
                j++;
            }
            String base;
            if (s.startsWith("\\i", j)) {
                base = "i";
                j += 2;
            } else {
                base = String.valueOf(s.charAt(j));
                j++;
            }
            if (braced) {
                j++; // the closing brace
            }
            out.append(base).append(ACCENTS.get(c));
            return j;
        }
        int end = i;
        while (end < to && Character.isLetter(s.charAt(end))) {
            end++;
        }
        String name = s.substring(i, end);
        if (SYMBOLS.containsKey(name)) {
            out.append(SYMBOLS.get(name));
            return s.startsWith("{}", end) ? end + 2 : end;
        }
        if (end < to && s.charAt(end) == '{') { // \textit{…} and friends: the text, without the formatting
            int depth = 0;
            int k = end;
            for (; k < to; k++) {
                char ch = s.charAt(k);
                if (ch == '\\') {
                    k++;
                } else if (ch == '{') {
                    depth++;
                } else if (ch == '}' && --depth == 0) {
                    break;
                }
            }
            decode(s, end + 1, k, out);
            return k + 1;
        }
        throw new IllegalArgumentException("abs2bib does not write \\" + name + ": " + s);
    }
}
