package org.abs2bib.write;

/** Brace balance as BibTeX counts it: every brace counts, even after a backslash. */
final class Braces {
    private Braces() {
    }

    static boolean balanced(String text) {
        int depth = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }
}
