package org.abs2bib;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.abs2bib.lookup.LookupReport;
import org.abs2bib.bib.Reference;
import org.abs2bib.dump.Diagnostic;
import org.abs2bib.dump.DumpFormat;
import org.abs2bib.venue.PublishedLookup;

/**
 * What one conversion made, and what a user should be told about it.
 *
 * @param references the entries, in input order, with unique keys
 * @param formats    the dump shape detected, one per input
 * @param warnings   problems that did not stop the conversion, with their input lines
 * @param lookup     what the arXiv lookup did, when one ran
 * @param published  what the published-version stage decided, paper by paper, when it ran
 */
public record Conversion(List<Reference> references, List<DumpFormat> formats, List<Diagnostic> warnings,
                         Optional<LookupReport> lookup, Optional<PublishedLookup.Report> published) {
    public Conversion {
        references = List.copyOf(references);
        formats = List.copyOf(formats);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(lookup);
        Objects.requireNonNull(published);
    }
}
