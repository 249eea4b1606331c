package org.abs2bib.lookup;

/** The arXiv API could not be used: an error feed, a malformed response, or retries used up. */
public class ArxivException extends Exception {
    private final boolean retryable;

    public ArxivException(String message, boolean retryable) {
        super(message);
        this.retryable = retryable;
    }

    public ArxivException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    /** True for faults that may pass (a truncated response), false for ones that will not (a bad query). */
    public boolean retryable() {
        return retryable;
    }
}
