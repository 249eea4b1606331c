package org.abs2bib.pipeline;

import java.util.List;
import org.abs2bib.bib.Reference;

/**
 * A paper on its way through the pipeline: its reference (no tags, no key yet) and the arXiv categories its tags may
 * name (a matched record's, else the one the dump gave).
 */
record Draft(Reference reference, List<String> categories) {
    Draft {
        categories = List.copyOf(categories);
    }

    /** A reference with only what the dump said: its category, if it named one. */
    static Draft of(Reference r) {
        return new Draft(r, r.primaryClass().isEmpty() ? List.of() : List.of(r.primaryClass()));
    }
}
