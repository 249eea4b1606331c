package org.abs2bib.dump;

/**
 * An input that cannot be read as a dump. Carries the source name and line so the CLI can print
 * {@code abs2bib: FILE:LINE: message} without a stack trace.
 */
public class DumpException extends Exception {
    private final String source;
    private final int line;

    public DumpException(String source, int line, String message) {
        super(message);
        this.source = source;
        this.line = line;
    }

    public String source() {
        return source;
    }

    /** 1-based line number, or 0 when the problem is not tied to a line. */
    public int line() {
        return line;
    }

    /** The message in the form {@code FILE:LINE: what is wrong}. */
    public String located() {
        return source + (line > 0 ? ":" + line : "") + ": " + getMessage();
    }
}
