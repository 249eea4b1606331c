package org.abs2bib.dump;

/** A warning about the input that did not stop the conversion, pointing at its line. */
public record Diagnostic(String source, int line, String message) {
    /** The prefix of a warning about text the reader found no place for (it is not lost: it is not a paper). */
    public static final String UNPLACED = "not placed: ";

    /** Text the reader did not read as part of any paper: listed on request, counted otherwise. */
    public boolean isUnplaced() {
        return message.startsWith(UNPLACED);
    }

    @Override
    public String toString() {
        return source + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
