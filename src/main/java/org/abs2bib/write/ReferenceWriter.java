package org.abs2bib.write;

import java.io.IOException;
import java.io.Writer;
import org.abs2bib.bib.Reference;

/** One output format, written one reference at a time so output streams as papers are read. */
public interface ReferenceWriter {
    /** Written once before the first reference; {@code comment} may span lines. */
    void header(Writer out, String comment) throws IOException;

    /**
     * The text of one reference, without what separates it from the others: safe to call from several threads at
     * once, so that large dumps are formatted on every core and written in order by {@link #writeFormatted}.
     */
    String format(Reference reference);

    /** Writes, in order, a reference that {@link #format} formatted, with what goes between references. */
    void writeFormatted(String formatted, Writer out) throws IOException;

    default void write(Reference reference, Writer out) throws IOException {
        writeFormatted(format(reference), out);
    }

    /** Written once after the last reference. */
    void footer(Writer out) throws IOException;
}
