package org.abs2bib.cli;

import java.io.PrintStream;
import java.util.function.IntConsumer;

/**
 * A one-line progress counter for the arXiv lookup on stderr, only when stderr is a terminal: pipes, files and CI
 * logs stay clean. A carriage return rewrites the line; nothing here needs a terminal library.
 */
final class Progress implements IntConsumer {
    private final PrintStream err;
    private final boolean on;
    private final int total;
    private boolean drawn;

    Progress(PrintStream err, boolean on, int total) {
        this.err = err;
        this.on = on;
        this.total = total;
    }

    @Override
    public void accept(int settled) {
        if (!on) {
            return;
        }
        int width = 30;
        int filled = total == 0 ? width : settled * width / total;
        err.print("\rarXiv lookup [" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + settled + "/" + total);
        err.flush();
        drawn = true;
    }

    void done() {
        if (drawn) {
            err.print("\r" + " ".repeat(60) + "\r");
            err.flush();
        }
    }
}
