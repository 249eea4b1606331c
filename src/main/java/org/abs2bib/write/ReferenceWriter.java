package org.abs2bib.write;

import java.io.IOException;
import java.io.Writer;
import org.abs2bib.bib.Reference;

/** One output format, written one reference at a time so output streams as papers are read. */
public interface ReferenceWriter {
    /** Written once before the first reference; {@code comment} may span lines. */
    void header(Writer out, String comment) throws IOException;

    void write(Reference reference, Writer out) throws IOException;

    /** Written once after the last reference. */
    void footer(Writer out) throws IOException;
}
