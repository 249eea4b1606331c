package org.abs2bib.cli;

/** Counted nouns for the messages on standard error, so that none says "1 requests" or "1 papers are". */
final class Messages {
    private Messages() {
    }

    /** "1 entry", "2 entries": the number and the noun it takes. */
    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** "1 request", "3 requests", for nouns whose plural adds an s. */
    static String count(long n, String noun) {
        return count(n, noun, noun + "s");
    }
}
