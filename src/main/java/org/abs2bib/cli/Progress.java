package org.abs2bib.cli;

import java.io.PrintStream;
import java.util.function.LongSupplier;
import org.abs2bib.lookup.LookupProgress;

/**
 * A one-line progress counter for the arXiv lookup on stderr, only when stderr is a terminal: pipes, files and CI
 * logs stay clean. A carriage return rewrites the line; nothing here needs a terminal library. It shows the time
 * spent and, once something is done, an estimate of the time left, so a lookup held to arXiv's pace (a request every
 * 3 s) does not look stuck.
 */
final class Progress implements LookupProgress {
    private final PrintStream err;
    private final boolean on;
    private final int total;
    private final LongSupplier nanos;
    private final long start;
    private boolean drawn;
    private int settled;
    private volatile boolean finished;

    Progress(PrintStream err, boolean on, int total) {
        this(err, on, total, System::nanoTime);
    }

    Progress(PrintStream err, boolean on, int total, LongSupplier nanos) {
        this.err = err;
        this.on = on;
        this.total = total;
        this.nanos = nanos;
        this.start = nanos.getAsLong();
    }

    @Override
    public void accept(int settled) {
        this.settled = settled;
        draw(line(settled));
    }

    /** The line says why the lookup waits, until the next paper is settled. */
    @Override
    public void waiting(long seconds, String why, int n, int of) {
        draw(line(settled) + waitingNote(seconds, why, n, of));
    }

    /** " — waiting 12 s: arXiv answered HTTP 503 (retry 2 of 4)". */
    static String waitingNote(long seconds, String why, int n, int of) {
        return " — waiting " + seconds + " s: " + why + " (retry " + n + " of " + of + ")";
    }

    private void draw(String line) {
        if (!on) {
            return;
        }
        err.print("\r" + line + "\u001b[K"); // the escape clears what a longer line left on the right
        err.flush();
        drawn = true;
    }

    /** "arXiv lookup [#####     ] 40/234  0:12 elapsed, about 0:58 left". */
    String line(int settled) {
        int width = 30;
        int filled = total == 0 ? width : settled * width / total;
        long elapsed = (nanos.getAsLong() - start) / 1_000_000_000L;
        String left = settled == 0 || settled >= total ? ""
                : ", about " + clock(elapsed * (total - settled) / settled) + " left";
        return "arXiv lookup [" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + settled + "/" + total + "  "
                + clock(elapsed) + " elapsed" + left;
    }

    private static String clock(long seconds) {
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }

    void done() {
        finished = true;
        if (drawn) {
            err.print("\r" + " ".repeat(80) + "\r");
            err.flush();
        }
    }

    /**
     * On Ctrl-C during the lookup: the cache has kept every answer so far, which a rerun uses (a shutdown hook, so it
     * is said however the run ends early).
     */
    void sayOnInterrupt() {
        if (!on) {
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (!finished) {
                err.println("\nabs2bib: interrupted; what arXiv answered so far is in the cache, and running the same "
                        + "command again resumes from there");
                err.flush();
            }
        }));
    }
}
