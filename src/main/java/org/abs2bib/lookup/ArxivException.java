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

    /** arXiv's host could not be reached at all (no network, no DNS, connection refused): no later request will be. */
    public static final class Unreachable extends ArxivException {
        /** How every message of this kind starts. */
        public static final String PREFIX = "cannot reach arXiv";

        public Unreachable(String message, Throwable cause) {
            super(message, false, cause);
        }
    }

    /** True for faults that may pass (a truncated response), false for ones that will not (a bad query). */
    public boolean retryable() {
        return retryable;
    }
}
