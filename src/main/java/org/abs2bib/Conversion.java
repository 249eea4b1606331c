package org.abs2bib;

import java.util.List;
import org.abs2bib.bib.Reference;
import org.abs2bib.dump.Diagnostic;
import org.abs2bib.dump.DumpFormat;

/**
 * What one conversion made, and what a user should be told about it.
 *
 * @param references the entries, in input order, with unique keys
 * @param formats    the dump shape detected, one per input
 * @param warnings   problems that did not stop the conversion, with their input lines
 */
public record Conversion(List<Reference> references, List<DumpFormat> formats, List<Diagnostic> warnings) {
    public Conversion {
        references = List.copyOf(references);
        formats = List.copyOf(formats);
        warnings = List.copyOf(warnings);
    }
}
