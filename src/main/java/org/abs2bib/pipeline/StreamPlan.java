package org.abs2bib.pipeline;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.abs2bib.dump.Diagnostic;
import org.abs2bib.dump.DumpException;
import org.abs2bib.dump.DumpFormat;
import org.abs2bib.tag.Vocabulary;
import org.abs2bib.write.Header;
import org.abs2bib.write.JabRefGroups;
import org.abs2bib.write.ReferenceWriter;

/**
 * A streamed conversion whose first pass is done: the files were read and checked, the statistics tags need are
 * counted. {@link #write} reads the files again and writes every entry as it comes, holding neither the dump nor the
 * output; the output is the same, byte for byte, as a conversion in memory gives. {@link #close} deletes the
 * temporary files (the first pass's observations, and the merged entries of papers pasted twice).
 */
public final class StreamPlan implements AutoCloseable {
    /** What one input held. */
    public record Input(String source, int papers, DumpFormat format) {
    }

    private final Pipeline pipeline;
    private final Pipeline.FirstPass first;
    private final ObservationStore store;
    private final MergedCopies copies;

    StreamPlan(Pipeline pipeline, Pipeline.FirstPass first, ObservationStore store, MergedCopies copies) {
        this.copies = copies;
        this.pipeline = pipeline;
        this.first = first;
        this.store = store;
    }

    public List<Input> inputs() {
        return List.copyOf(first.inputs);
    }

    public List<Diagnostic> warnings() {
        return List.copyOf(first.warnings);
    }

    public int entries() {
        return first.entries;
    }

    /** The second pass: writes the header, every entry in input order, and the footer. Once only. */
    public void write(ReferenceWriter writer, Writer out) throws IOException, DumpException {
        write(writer, out, null);
    }

    /**
     * As {@link #write(ReferenceWriter, Writer)}, then, given a vocabulary, the JabRef group tree of the entries' tags:
     * counted as the entries pass (in input order, as the in-memory conversion counts them), so no entry is held.
     */
    public void write(ReferenceWriter writer, Writer out, Vocabulary groupsFrom) throws IOException, DumpException {
        writer.header(out, Header.text(first.entries, first.withoutAuthors, Optional.empty()));
        Map<String, Integer> uses = new LinkedHashMap<>();
        pipeline.secondPass(first, store, r -> new Formatted(writer.format(r), r.keywords()), entries -> {
            for (Formatted entry : entries) {
                writer.writeFormatted(entry.text(), out);
                JabRefGroups.count(entry.keywords(), uses);
            }
        });
        writer.footer(out);
        if (groupsFrom != null) {
            out.write(JabRefGroups.comments(uses, groupsFrom, true));
        }
        out.flush();
    }

    /** An entry as written, with the tags the group tree counts. */
    private record Formatted(String text, List<String> keywords) {
    }

    @Override
    public void close() throws IOException {
        try (copies) {
            store.close();
        }
    }
}
