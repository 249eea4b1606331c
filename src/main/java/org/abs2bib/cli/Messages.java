package org.abs2bib.cli;

import java.io.PrintStream;
import java.util.List;
import org.abs2bib.Conversion;
import org.abs2bib.bib.Reference;
import org.abs2bib.dump.Diagnostic;
import org.abs2bib.dump.Dump;
import org.abs2bib.dump.DumpFormat;
import org.abs2bib.lookup.Match;
import org.abs2bib.venue.Decision;
import org.abs2bib.venue.PublishedLookup;

/**
 * What the command tells its user on standard error, in one place: warnings, what was read and written, the arXiv
 * summary, and counted nouns ("1 request", never "1 requests"). Standard output is the BibTeX's alone.
 */
final class Messages {
    private final PrintStream err;
    private final boolean quiet;
    private final boolean verbose;
    private final String output;

    Messages(PrintStream err, boolean quiet, boolean verbose, String output) {
        this.err = err;
        this.quiet = quiet;
        this.verbose = verbose;
        this.output = output;
    }

    /** "1 entry", "2 entries": the number and the noun it takes. */
    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** "1 request", "3 requests", for nouns whose plural adds an s. */
    static String count(long n, String noun) {
        return count(n, noun, noun + "s");
    }

    boolean quiet() {
        return quiet;
    }

    /** A line of its own, after "abs2bib: ". */
    void say(String message) {
        err.println("abs2bib: " + message);
    }

    /** A line that only a summary would say: left out with --quiet. */
    void tell(String message) {
        if (!quiet) {
            say(message);
        }
    }

    /** A line for --verbose alone: how the run went about its work. */
    void detail(String message) {
        if (verbose && !quiet) {
            say(message);
        }
    }

    void warn(String message) {
        say("warning: " + message);
    }

    /**
     * Warnings to standard error. Text the reader did not place (page chrome it did not know, remarks in a chat) is
     * counted, and listed line by line with --verbose (and always in --report): a paste of a whole page has dozens.
     */
    void warnings(List<Diagnostic> warnings) {
        long unplaced = 0;
        for (Diagnostic w : warnings) {
            if (w.isUnplaced() && !verbose) {
                unplaced++;
            } else {
                warn(w.toString());
            }
        }
        if (unplaced > 0) {
            tell(count(unplaced, "piece") + " of the input not read as papers (page text, remarks, headings); "
                    + "--verbose lists them");
        }
    }

    void read(String source, int papers, DumpFormat format) {
        tell(source + ": " + count(papers, "paper") + " read (" + format.description() + ")");
    }

    void written(int entries) {
        tell(count(entries, "entry", "entries") + " written to "
                + (output.equals("-") ? "standard output" : output));
    }

    /** What was read and written, and what arXiv did. */
    void summary(List<Dump> dumps, Conversion conversion) {
        if (quiet) {
            return;
        }
        dumps.forEach(d -> read(d.source(), d.papers().size(), d.format()));
        written(conversion.references().size());
        conversion.lookup().ifPresent(l -> {
            say("arXiv: " + l.matched() + " of " + count(l.matches().size(), "paper") + " matched; "
                    + count(l.requests(), "request") + " (" + count(l.retries(), "retry", "retries") + "), "
                    + count(l.cacheHits(), "cache hit"));
            List<Reference> refs = conversion.references();
            int shown = 0;
            for (int k = 0; k < refs.size(); k++) {
                Match m = l.matches().get(k);
                if (!m.matched() && !l.nothingReached() && shown++ < 20) { // unreachable: one line said it all
                    say("  unmatched " + refs.get(k).source() + ":" + refs.get(k).line() + ": " + m.reason());
                }
            }
            if (shown > 20) {
                say("  … and " + (shown - 20) + " more unmatched (see --report)");
            }
        });
        conversion.published().ifPresent(p -> {
            long unknown = p.decisions().stream().filter(d -> d.state() == Decision.State.UNKNOWN).count();
            long noId = p.decisions().stream().filter(d -> d.reason().startsWith(PublishedLookup.NO_ID)).count();
            say("published versions: " + p.published() + " of " + count(p.decisions().size(), "entry", "entries")
                    + " upgraded; " + count(p.requests(), "request") + ", " + count(p.cacheHits(), "cache hit")
                    + (unknown == 0 ? "" : "; " + unknown + " unknown (a service failed: run again)")
                    + (noId == 0 ? "" : "; " + noId + " without an arXiv id (--arxiv finds them)")
                    + " (--report says why, paper by paper)");
        });
    }
}
