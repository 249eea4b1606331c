package org.abs2bib.dump;

/** A warning about the input that did not stop the conversion, pointing at its line. */
public record Diagnostic(String source, int line, String message) {
    @Override
    public String toString() {
        return source + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
