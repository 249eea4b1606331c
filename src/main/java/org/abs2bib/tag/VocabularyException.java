package org.abs2bib.tag;

/** A vocabulary file that cannot be used, with the line that is wrong. */
public class VocabularyException extends Exception {
    public VocabularyException(String source, int line, String message) {
        super(source + (line > 0 ? ":" + line : "") + ": " + message);
    }
}
