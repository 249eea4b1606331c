package org.abs2bib.bib;

import java.util.Locale;

/**
 * Lowers a title's case word by word, the way CSL processors expect a title stored and the way pandoc reads an
 * unprotected BibTeX title: a capitalised word ("Learning", "A") is lowered unless it opens the title or a sentence in
 * it (after {@code . ? ! :} and a space), where a lower-case word is capitalised instead; any other word (LLMs, Qwen2,
 * x) keeps its case. The caller says what text passed between words, so the state follows the title as written.
 *
 * <p>Hyphens, slashes and dashes end a word like a space ("Many-Shot" → "Many-shot"); protected words pass through
 * {@link #passed} untouched.
 */
final class SentenceCase {
    private enum State { START, SENTENCE_START, AFTER_WORD, AFTER_BREAK, AFTER_END_PUNCTUATION }

    private State state = State.START;

    /** Whether nothing of the title has passed yet. */
    boolean opensTitle() {
        return state == State.START;
    }

    /** The word in sentence case at this point of the title; the state moves past it. */
    String word(String w) {
        boolean opens = state == State.START || state == State.SENTENCE_START;
        state = State.AFTER_WORD;
        if (opens) {
            return isCapitalised(w) || lowerFrom(w, 0) ? w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1) : w;
        }
        return isCapitalised(w) ? w.toLowerCase(Locale.ROOT) : w;
    }

    /** Text that is not a word to lower (punctuation, spaces, a protected word) passed; the state moves past it. */
    void passed(String text) {
        if (!text.isEmpty()) {
            passed(text.charAt(text.length() - 1));
        }
    }

    /** As {@link #passed(String)}, for text that ends on {@code last}. */
    void passed(char last) {
        if (last == '.' || last == '?' || last == '!' || last == ':') {
            state = State.AFTER_END_PUNCTUATION;
        } else if (Character.isLetterOrDigit(last)) {
            state = State.AFTER_WORD;
        } else if (Character.isWhitespace(last) && state == State.AFTER_END_PUNCTUATION) {
            state = State.SENTENCE_START;
        } else if (Character.isWhitespace(last) || last == '-' || last == '/' || last == '\u2013' || last == '\u2014') {
            state = State.AFTER_BREAK;
        }
    }

    /** A capital followed only by lower-case letters: "Learning", "A"; not "LLMs", "Qwen2" or "x". */
    private static boolean isCapitalised(String w) {
        return Character.isUpperCase(w.charAt(0)) && lowerFrom(w, 1);
    }

    /** Only lower-case letters from {@code start} on (a digit is not one: "word2vec" keeps its case). */
    private static boolean lowerFrom(String w, int start) {
        for (int k = start; k < w.length(); k++) {
            if (!Character.isLowerCase(w.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
