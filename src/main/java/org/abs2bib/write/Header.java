package org.abs2bib.write;

import java.util.Optional;
import org.abs2bib.lookup.LookupReport;

/** The output's opening comment: how many entries, and, truthfully, why some have no authors. */
public final class Header {
    private Header() {
    }

    /** The header of a conversion whose arXiv lookup, when one ran, is {@code lookup}. */
    public static String text(int entries, long withoutAuthors, Optional<LookupReport> lookup) {
        String why = lookup.map(l -> l.nothingReached()
                ? "arXiv could not be reached (run again when online: the cache keeps what is found)"
                : "arXiv did not match them (--report says why, paper by paper)").orElse("they were not looked up");
        String header = "Made by abs2bib from an abstract dump: " + entries + (entries == 1 ? " entry." : " entries.");
        if (withoutAuthors > 0) {
            header += "\n" + withoutAuthors + (withoutAuthors == 1 ? " entry has" : " entries have")
                    + " no author or year: the dump did not give them and " + why + ".";
        }
        return header;
    }
}
