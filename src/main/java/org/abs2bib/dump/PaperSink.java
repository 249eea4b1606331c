package org.abs2bib.dump;

/** Where parsers hand their papers and warnings, one at a time, so a dump never has to fit in memory. */
interface PaperSink {
    void paper(Paper paper);

    void warn(int line, String message);
}
